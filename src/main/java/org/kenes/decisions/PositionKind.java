package org.kenes.decisions;

/** A member organisation's position on a proposal. Standing aside cites the mandate and never blocks. */
public enum PositionKind {
    SUPPORT, NO_OBJECTION, STAND_ASIDE, OBJECTION;

    public boolean needsNote() {
        return this == STAND_ASIDE || this == OBJECTION;
    }
}
