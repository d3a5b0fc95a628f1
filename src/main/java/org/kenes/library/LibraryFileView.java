package org.kenes.library;

import java.time.Instant;
import java.util.UUID;

/** One version of an item's file: never its storage key, which only the library reads. */
public record LibraryFileView(UUID id, int fileVersion, String filename, String mediaType, long sizeBytes, String sha256,
                              String uploadedBy, Instant uploadedAt) {
}
