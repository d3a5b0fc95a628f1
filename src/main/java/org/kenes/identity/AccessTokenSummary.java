package org.kenes.identity;

import java.time.Instant;
import java.util.UUID;

public record AccessTokenSummary(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
