package org.kenes.meetings;

/** planned → agenda circulated → held → minutes disseminated; or cancelled, with a reason. */
public enum MeetingStatus {
    PLANNED,
    AGENDA_CIRCULATED,
    HELD,
    MINUTES_DISSEMINATED,
    CANCELLED
}
