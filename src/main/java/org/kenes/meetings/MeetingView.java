package org.kenes.meetings;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** A meeting as pages, the API and calendar files show it. */
public record MeetingView(UUID id, String networkSlug, UUID workingGroupId, MeetingType type, String title,
                          ZonedDateTime startsAt, int durationMinutes, String place, String onlineLink, String unctMeeting,
                          MeetingStatus status, String agendaStatus, String agendaClearedBy, String cancellationReason,
                          int calendarSequence, List<Item> agenda) {

    public ZonedDateTime endsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public boolean agendaCleared() {
        return "CLEARED".equals(agendaStatus);
    }

    public record Item(UUID id, int position, String title, String purpose, String presenter, int durationMinutes) {
    }
}
