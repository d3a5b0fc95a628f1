package org.kenes.meetings;

import java.util.UUID;

/**
 * The members of a network must hear of a meeting: its agenda was circulated, or a circulated meeting changed or
 * was cancelled. The sequence tells the calendar version they should have.
 *
 * @param moved whether the meeting was moved after its agenda went out (the e-mail then says it changed); null is
 *              read as not moved
 */
public record AgendaCirculated(String networkSlug, UUID meetingId, int calendarSequence, Boolean moved) {

    public boolean wasMoved() {
        return Boolean.TRUE.equals(moved);
    }
}
