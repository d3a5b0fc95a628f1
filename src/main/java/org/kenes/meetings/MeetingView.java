package org.kenes.meetings;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.InformationLevel;

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

    /**
     * The information level of what is said about this meeting, following who may see it: a working group's meeting
     * is for the group, the Annual Network Meeting also for the network's partners, any other meeting internal.
     */
    public InformationLevel informationLevel() {
        if (workingGroupId != null) {
            return InformationLevel.WORKING_GROUP;
        }
        return type == MeetingType.ANNUAL_NETWORK_MEETING ? InformationLevel.PARTNERS : InformationLevel.INTERNAL;
    }

    public record Item(UUID id, int position, String title, String purpose, String presenter, int durationMinutes) {
    }
}
