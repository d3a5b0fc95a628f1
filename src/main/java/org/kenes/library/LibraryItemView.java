package org.kenes.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.InformationLevel;

/** An item as its readers see it, with its files' versions (newest first). */
public record LibraryItemView(UUID id, String networkSlug, UUID workingGroupId, ItemForm form, ItemKind kind, String title,
                              String body, String url, String organisation, LocalDate itemDate, String languages,
                              String gcmObjectives, InformationLevel level, String approvedBy, Instant approvedAt,
                              String decisionNumber, String createdBy, Instant createdAt, long version,
                              List<LibraryFileView> files) {
}
