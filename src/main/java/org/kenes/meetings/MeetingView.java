package org.kenes.meetings;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A meeting as pages, the API and calendar files show it. */
public record MeetingView(UUID id, String networkSlug, UUID workingGroupId, MeetingType type, String title,
                          ZonedDateTime startsAt, int durationMinutes, String place, String onlineLink, String unctMeeting,
                          MeetingStatus status, String agendaStatus, String agendaClearedBy, String cancellationReason,
                          int calendarSequence, List<Item> agenda, List<Invitee> invitees) {

    public ZonedDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    /** Whether the meeting is still to come: it can be moved, cancelled, and more people invited. */
    public boolean upcoming() {
        return status == MeetingStatus.PLANNED || status == MeetingStatus.AGENDA_CIRCULATED;
    }

    public boolean agendaCleared() {
        return "CLEARED".equals(agendaStatus);
    }

    public record Item(UUID id, int position, String title, String purpose, String presenter, int durationMinutes) {
    }
}
