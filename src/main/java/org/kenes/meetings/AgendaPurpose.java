package org.kenes.meetings;

/** Why an item is on the agenda. */
public enum AgendaPurpose {
    INFORMATION,
    DISCUSSION,
    DECISION
}
