package org.kenes.library.files;

import java.util.List;
import java.util.Locale;

/** The kinds of file the library takes, each with the names it may carry. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    CSV("text/csv", "csv"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a file name's extension fits this type. */
    boolean named(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot >= 0 && extensions.contains(filename.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The type a file name claims, if any. */
    static FileType claimedBy(String filename) {
        for (FileType type : values()) {
            if (type.named(filename)) {
                return type;
            }
        }
        return null;
    }
}
