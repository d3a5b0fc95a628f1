package org.kenes.meetings;

import java.time.Instant;
import java.util.UUID;

/** A member's request for a meeting, as pages and notices show it. */
public record MeetingRequestView(UUID id, String organisation, String requestedBy, String purpose, String proposedDates,
                                 String status, String decidedBy, String decisionReason, UUID meetingId, Instant createdAt) {
}
