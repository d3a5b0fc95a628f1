package org.kenes.shared;

/**
 * How far an item may travel. The ToRs: "All information exchanged within the Network meetings is meant for
 * internal use only, unless explicitly stated and agreed otherwise", hence {@link #INTERNAL} is the default.
 */
public enum InformationLevel {
    /** Network members only. */
    INTERNAL,
    /** Members of the working group the item belongs to. */
    WORKING_GROUP,
    /** Network members and the external partners of the body. */
    PARTNERS,
    /** Anyone, once publication has been agreed. */
    PUBLIC
}
