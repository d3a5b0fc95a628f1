package org.kenes.library;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;

/**
 * An item as its readers see it, with its files' versions (newest first).
 *
 * @param source       for a record the library filed (minutes, a statement), where it comes from; null for what members shared.
 *                     Its page in Kenes is then in {@code url}
 * @param meetingId    for a paper, the meeting it is for
 * @param agendaItemId for a paper, the agenda item of the meeting it is for
 * @param proposalId   for a paper, the proposal it is for
 */
public record LibraryItemView(UUID id, String networkSlug, UUID workingGroupId, ItemForm form, ItemKind kind, String title,
                              String body, String url, String organisation, LocalDate itemDate, String languages,
                              String gcmObjectives, InformationLevel level, String approvedBy, Instant approvedAt,
                              String decisionNumber, String createdBy, Instant createdAt, long version,
                              List<LibraryFileView> files, Source source, UUID meetingId, UUID agendaItemId, UUID proposalId,
                              String sdgTargets, String topics, String countries) {

    /** Whether the library filed this item from its source, rather than a member sharing it. */
    public boolean filed() {
        return source != null;
    }

    /**
     * Where a filed record comes from.
     *
     * @param publicPath its public page, while it is public; null otherwise
     */
    public record Source(RecordFiled.Kind kind, UUID id, String publicPath) {
    }
}
