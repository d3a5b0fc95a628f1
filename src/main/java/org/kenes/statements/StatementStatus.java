package org.kenes.statements;

/** Where a joint statement stands: drafted, put to the members, endorsed, signed off by both co-chairs, delivered. */
public enum StatementStatus {
    DRAFT, IN_ENDORSEMENT, ENDORSED, SIGNED_OFF, DELIVERED;

    /** Endorsed by the members (and possibly signed off or delivered since): the recorded agreement stands. */
    public boolean endorsed() {
        return this == ENDORSED || this == SIGNED_OFF || this == DELIVERED;
    }
}
