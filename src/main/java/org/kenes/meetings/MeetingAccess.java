package org.kenes.meetings;

import org.kenes.shared.NetworkRole;
import org.kenes.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees a meeting: a network meeting is for the members; a working group's meeting for the group and the
 * secretariat; an Annual Network Meeting or a working group's meeting also for the organisations invited to it.
 * An external partner or observer thus sees only the meetings it was invited to.
 * The secretariat prepares meetings; a co-chair clears agendas.
 */
final class MeetingAccess {

    private MeetingAccess() {
    }

    static boolean maySee(Viewer viewer, Meeting meeting) {
        String network = meeting.networkSlug();
        if (meeting.workingGroupId() != null) {
            return viewer.inWorkingGroup(meeting.workingGroupId()) || viewer.isSecretariatOf(network)
                    || viewer.speaksForAnyOf(network, meeting.invitedOrganisations());
        }
        return viewer.isMemberOf(network) || viewer.speaksForAnyOf(network, meeting.invitedOrganisations());
    }

    static void requireSight(Viewer viewer, Meeting meeting) {
        if (!maySee(viewer, meeting)) {
            throw new AccessDeniedException("Not a participant of this meeting");
        }
    }

    static void requireSecretariat(Viewer viewer, String network) {
        if (!viewer.isSecretariatOf(network)) {
            throw new AccessDeniedException("Only the secretariat prepares meetings of " + network);
        }
    }

    static void requireCoChair(Viewer viewer, String network) {
        if (!viewer.has(network, NetworkRole.CO_CHAIR)) {
            throw new AccessDeniedException("Only a co-chair clears the agenda");
        }
    }
}
