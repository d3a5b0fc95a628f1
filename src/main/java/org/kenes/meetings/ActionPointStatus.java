package org.kenes.meetings;

public enum ActionPointStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED
}
