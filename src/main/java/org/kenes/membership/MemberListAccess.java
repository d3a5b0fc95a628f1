package org.kenes.membership;

import org.kenes.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may read and change the member list. The ToR: "IOM will maintain the member list and share it regularly",
 * so the secretariat changes it; the members (co-chairs, secretariat, focal points) read it with their
 * colleagues' work contacts; external partners, observers and the public do not.
 */
final class MemberListAccess {

    private MemberListAccess() {
    }

    static void requireReader(Viewer viewer, String networkSlug) {
        if (!viewer.isMemberOf(networkSlug)) {
            throw new AccessDeniedException("The member list is for the members of " + networkSlug);
        }
    }

    static void requireSecretariat(Viewer viewer, String networkSlug) {
        if (!viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("Only the secretariat of " + networkSlug + " maintains the member list");
        }
    }
}
