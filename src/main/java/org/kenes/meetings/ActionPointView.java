package org.kenes.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An action point as the tracker, the meeting and the decision register show it.
 *
 * @param meetingId      the meeting that decided it, or null
 * @param decisionNumber the decision it implements ("KZ-2026-007"), or null
 */
public record ActionPointView(UUID id, UUID meetingId, UUID decisionId, String decisionNumber, String description,
                              String ownerOrganisation, String ownerPerson, LocalDate dueOn, String status, boolean overdue,
                              List<ActionUpdate.View> updates) {
}
