package org.kenes.identity;

import java.util.UUID;

/** An account as other modules see it: never the password hash. */
public record AccountSummary(UUID id, String username, String email, String displayName, boolean platformAdmin,
                             boolean demo, boolean enabled) {
}
