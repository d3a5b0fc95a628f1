package org.kenes.decisions;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A decision of the register: its number, text, how and when it was adopted, the positions, its implementation. */
public record DecisionView(UUID id, String number, String networkSlug, UUID workingGroupId, UUID proposalId, String title,
                           String text, Procedure procedure, ZonedDateTime adoptedAt, UUID meetingId, String implementation,
                           LocalDate implementationDue, String implementationNote, boolean overdue, long version,
                           List<Position> positions) {
}
