package org.kenes.membership;

import org.kenes.shared.NetworkRole;

/** An organisation's place in a body, in the ToRs' words. */
public enum MemberRole {
    COORDINATOR_SECRETARIAT(NetworkRole.SECRETARIAT),
    MEMBER(NetworkRole.FOCAL_POINT),
    EXTERNAL_PARTNER(NetworkRole.EXTERNAL_PARTNER),
    OBSERVER(NetworkRole.OBSERVER);

    private final NetworkRole focalPointRole;

    MemberRole(NetworkRole focalPointRole) {
        this.focalPointRole = focalPointRole;
    }

    /** The role a focal point of an organisation in this place has in the network. */
    public NetworkRole focalPointRole() {
        return focalPointRole;
    }
}
