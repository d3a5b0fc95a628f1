package org.kenes.decisions;

/** How the members are consulted on a proposal. */
public enum Procedure {
    /** The secretariat records each member's position during a meeting, and closes the round when it ends. */
    IN_MEETING,
    /** Every member gives a position before the deadline. */
    WRITTEN_CONSULTATION,
    /** Adopted at the deadline unless a member objects ("breaks silence") before it. */
    SILENCE_PROCEDURE;

    public boolean hasDeadline() {
        return this != IN_MEETING;
    }
}
