package org.kenes.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A proposal as a co-chair (or the secretariat on their behalf) puts it to the members; the deadline is a date and
 * time in the network's time zone, not needed for a proposal decided in a meeting.
 */
public record NewProposal(
        @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 20000) String text,
        @Size(max = 4000) String rationale,
        Boolean stateRelevant,
        @NotNull Procedure procedure,
        LocalDate deadlineDate,
        LocalTime deadlineTime,
        UUID workingGroupId,
        UUID meetingId) {

    /** A proposal is relevant to the state only when someone said so. */
    public boolean relevantToTheState() {
        return Boolean.TRUE.equals(stateRelevant);
    }
}
