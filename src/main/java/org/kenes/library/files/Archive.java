package org.kenes.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An office document's zip archive, read through its central directory: some writers (spreadsheet libraries among
 * them) stream entries whose sizes only the directory knows, which a streaming zip reader refuses.
 */
final class Archive implements AutoCloseable {

    private final Path file;
    private final ZipFile zip;

    private Archive(Path file) throws IOException {
        this.file = file;
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    static Archive of(byte[] content) throws IOException {
        Path file = Files.createTempFile("kenes-archive", ".zip");
        Files.write(file, content);
        return new Archive(file);
    }

    List<String> names() {
        return zip.stream().map(ZipEntry::getName).toList();
    }

    /** The entry's content, or null when the archive has no such entry. */
    InputStream open(String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? null : zip.getInputStream(entry);
    }

    @Override
    public void close() {
        try {
            zip.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
