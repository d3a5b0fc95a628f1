package org.kenes.shared;

/** What a person does in one network, as the Terms of Reference name it. */
public enum NetworkRole {
    CO_CHAIR,
    SECRETARIAT,
    FOCAL_POINT,
    EXTERNAL_PARTNER,
    OBSERVER;

    /** Network members: the co-chairs, the secretariat and the member agencies' focal points. */
    public boolean isMember() {
        return this == CO_CHAIR || this == SECRETARIAT || this == FOCAL_POINT;
    }
}
