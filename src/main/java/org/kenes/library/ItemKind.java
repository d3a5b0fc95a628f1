package org.kenes.library;

import java.util.Arrays;
import java.util.List;

/** What an item is, as the ToR lists what members share; and the records of the network's work the library files. */
public enum ItemKind {
    UPDATE, STUDY, REPORT, DATA, GUIDANCE, GOOD_PRACTICE, MEETING_PAPER, OTHER,
    /** Disseminated minutes of a meeting, filed by the library itself. */
    MINUTES,
    /** A delivered joint statement, filed by the library itself. */
    STATEMENT;

    /** Whether the library files items of this kind from their source, rather than members sharing them. */
    public boolean filed() {
        return this == MINUTES || this == STATEMENT;
    }

    /** The kinds a member may share. */
    public static List<ItemKind> shared() {
        return Arrays.stream(values()).filter(k -> !k.filed()).toList();
    }
}
