package org.kenes.meetings;

import java.util.UUID;

/**
 * An organisation's invitation to a meeting whose agenda it had received was withdrawn: its focal points (or the
 * register's contact) get a cancellation of the calendar event.
 *
 * @param contactEmail the stakeholder contact the invitation went to, or null for a partner of the network
 */
public record InvitationWithdrawn(String networkSlug, UUID meetingId, UUID organisationId, String contactEmail) {
}
