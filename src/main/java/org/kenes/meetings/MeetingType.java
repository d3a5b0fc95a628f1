package org.kenes.meetings;

public enum MeetingType {
    REGULAR,
    EXTRAORDINARY,
    ANNUAL_NETWORK_MEETING,
    WORKING_GROUP
}
