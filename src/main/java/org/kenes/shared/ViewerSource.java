package org.kenes.shared;

import java.util.UUID;

/** Builds the {@link Viewer} for a signed-in account; the membership module knows the roles. */
public interface ViewerSource {

    Viewer viewerOf(UUID accountId, String username, boolean platformAdmin);
}
