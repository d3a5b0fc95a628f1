package org.kenes.library;

/** What an item is, as the ToR lists what members share. */
public enum ItemKind {
    UPDATE, STUDY, REPORT, DATA, GUIDANCE, GOOD_PRACTICE, MEETING_PAPER, OTHER
}
