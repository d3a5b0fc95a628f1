package org.kenes.membership;

public enum MembershipChangeKind {
    JOINED,
    LEFT,
    ROLE_CHANGED,
    FOCAL_POINT_APPOINTED,
    FOCAL_POINT_REPLACED,
    FOCAL_POINT_ENDED,
    CONTACT_UPDATED,
    CO_CHAIR_TAKEN_UP
}
