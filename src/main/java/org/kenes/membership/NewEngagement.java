package org.kenes.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** One engagement with a stakeholder: a consultation, a meeting, an event or correspondence. */
public record NewEngagement(
        @NotNull @PastOrPresent LocalDate occurredOn,
        @NotNull EngagementKind kind,
        @NotNull UUID stakeholderId,
        @Size(max = 1000) String participants,
        @NotBlank @Size(max = 4000) String summary,
        @Size(max = 2000) String followUp) {

    public enum EngagementKind { CONSULTATION, MEETING, EVENT, CORRESPONDENCE }
}
