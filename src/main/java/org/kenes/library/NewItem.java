package org.kenes.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An item as a member shares it; the file of a document comes with it. A paper for a meeting names the meeting (and
 * possibly one of its agenda items); a paper for a proposal names the proposal.
 */
public record NewItem(
        @NotNull ItemForm form,
        @NotNull ItemKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String body,
        @Size(max = 1000) String url,
        @NotBlank @Size(max = 40) String organisation,
        @NotNull LocalDate itemDate,
        @Size(max = 100) String languages,
        @Size(max = 200) String gcmObjectives,
        UUID workingGroupId,
        UUID meetingId,
        UUID agendaItemId,
        UUID proposalId,
        @Size(max = 200) String sdgTargets,
        @Size(max = 300) String topics,
        @Size(max = 200) String countries) {

    /** An item that is no meeting's or proposal's paper. */
    public NewItem(ItemForm form, ItemKind kind, String title, String body, String url, String organisation, LocalDate itemDate,
            String languages, String gcmObjectives, UUID workingGroupId) {
        this(form, kind, title, body, url, organisation, itemDate, languages, gcmObjectives, workingGroupId, null, null, null);
    }

    /** An item described by its GCM objectives only. */
    public NewItem(ItemForm form, ItemKind kind, String title, String body, String url, String organisation, LocalDate itemDate,
            String languages, String gcmObjectives, UUID workingGroupId, UUID meetingId, UUID agendaItemId, UUID proposalId) {
        this(form, kind, title, body, url, organisation, itemDate, languages, gcmObjectives, workingGroupId, meetingId, agendaItemId,
                proposalId, null, null, null);
    }

    /** Whether it is a paper for a meeting or a proposal. */
    public boolean paper() {
        return meetingId != null || proposalId != null;
    }
}
