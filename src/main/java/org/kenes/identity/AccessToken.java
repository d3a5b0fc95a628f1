package org.kenes.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A personal access token for the API. Only its SHA-256 hash is stored; the secret is shown once. */
@Entity
@Table(name = "identity_access_token")
class AccessToken {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    AccessToken(UUID accountId, String name, String tokenHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    boolean isActive() {
        return revokedAt == null;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void usedAt(Instant at) {
        lastUsedAt = at;
    }

    UUID id() {
        return id;
    }

    UUID accountId() {
        return accountId;
    }

    AccessTokenSummary summary() {
        return new AccessTokenSummary(id, name, createdAt, lastUsedAt, revokedAt);
    }
}
