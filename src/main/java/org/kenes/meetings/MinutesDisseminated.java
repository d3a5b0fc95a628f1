package org.kenes.meetings;

import java.util.UUID;

/** The minutes of a meeting were disseminated: the members are told where to read them. */
public record MinutesDisseminated(String networkSlug, UUID meetingId) {
}
