package org.kenes.network;

import org.kenes.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;

/** Who may open a network's own pages: the people who have a role in it, and platform administrators. */
final class NetworkAccess {

    private NetworkAccess() {
    }

    static boolean mayOpen(Viewer viewer, String slug) {
        return viewer.participatesIn(slug) || viewer.platformAdmin();
    }

    static void check(Viewer viewer, String slug) {
        if (!mayOpen(viewer, slug)) {
            throw new AccessDeniedException("Not a participant of network " + slug);
        }
    }
}
