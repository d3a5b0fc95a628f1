package org.kenes.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files in a directory (by default {@code ./data/files}), two levels deep by the key's first characters so no directory
 * grows too large. A file is written to a temporary name and moved into place, so a reader never sees half a file.
 */
@Component
class FileSystemFileStore implements FileStore {

    private final Path root;

    FileSystemFileStore(@Value("${kenes.library.files:./data/files}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(byte[] content) throws IOException {
        String key = UUID.randomUUID().toString();
        Path target = path(key);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(key + ".partial");
        Files.write(partial, content);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return key;
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public void discard(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            // an orphan file harms nobody: no record points to it
        }
    }

    /** Keys are UUIDs the store made; anything else is refused before it reaches the file system. */
    private Path path(String key) {
        UUID checked = UUID.fromString(key);
        String name = checked.toString();
        return root.resolve(name.substring(0, 2)).resolve(name.substring(2, 4)).resolve(name);
    }
}
