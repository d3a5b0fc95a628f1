package org.kenes.meetings;

import java.util.UUID;

/**
 * The members of a network must hear of a meeting: its agenda was circulated, or a circulated meeting changed or
 * was cancelled. The sequence tells the calendar version they should have.
 */
public record AgendaCirculated(String networkSlug, UUID meetingId, int calendarSequence) {
}
