package org.kenes.library.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.kenes.shared.RuleViolation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides what a file is from its content, never from its name, and refuses what the library does not take: an empty
 * file, one over the size limit, a type it does not know, a name that claims another type than the content, a file
 * that does not open.
 */
@Component
public class FileCheck {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final DataSize limit;

    FileCheck(@Value("${kenes.library.max-file-size:50MB}") DataSize limit) {
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    public FileType check(String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("library.file.empty", "file");
        }
        if (content.length > limit.toBytes()) {
            throw new RuleViolation("library.file.tooLarge", "file", limit.toMegabytes());
        }
        FileType detected = detect(content);
        if (detected == null) {
            throw new RuleViolation("library.file.unsupported", "file");
        }
        FileType claimed = FileType.claimedBy(filename == null ? "" : filename);
        if (claimed != detected) {
            throw new RuleViolation("library.file.mismatch", "file", detected.name(),
                    claimed == null ? filename : claimed.name());
        }
        if (detected == FileType.PDF) {
            try (var document = Loader.loadPDF(content)) {
                document.getNumberOfPages();
            } catch (IOException | RuntimeException e) {
                throw new RuleViolation("library.file.corrupt", "file");
            }
        }
        return detected;
    }

    /** The type the content shows, or null for a kind the library does not take (or a damaged archive). */
    public static FileType detect(byte[] content) {
        if (startsWith(content, PDF)) {
            return FileType.PDF;
        }
        if (startsWith(content, PNG)) {
            return FileType.PNG;
        }
        if (startsWith(content, JPEG)) {
            return FileType.JPEG;
        }
        if (startsWith(content, "GIF87a".getBytes(StandardCharsets.US_ASCII)) || startsWith(content, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return FileType.GIF;
        }
        if (startsWith(content, ZIP)) {
            return office(content);
        }
        return text(content) ? FileType.CSV : null;
    }

    /** An office document is a zip archive; its entries say which kind. */
    private static FileType office(byte[] content) {
        try (Archive archive = Archive.of(content)) {
            List<String> names = archive.names();
            if (names.contains("mimetype")) {
                try (InputStream mime = archive.open("mimetype")) {
                    if (new String(mime.readNBytes(100), StandardCharsets.US_ASCII).strip().equals(FileType.ODT.mediaType())) {
                        return FileType.ODT;
                    }
                }
            }
            return names.contains("word/document.xml") ? FileType.DOCX : names.contains("xl/workbook.xml") ? FileType.XLSX : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Plain text in UTF-8 without control bytes other than tab and line ends: what a CSV file is. */
    private static boolean text(byte[] content) {
        for (byte b : content) {
            if (b == 0 || (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r')) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
