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

    /**
     * A member in the ToRs' sense ("Members: UN Resident Coordinator Office, IOM, UNDP ..."): the coordinator and
     * secretariat, or a member agency; external partners and observers take part without being members.
     */
    public boolean isMember() {
        return this == COORDINATOR_SECRETARIAT || this == MEMBER;
    }

    /** The role a focal point of an organisation in this place has in the network. */
    public NetworkRole focalPointRole() {
        return focalPointRole;
    }
}
