package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/** An invitation to create an account: used once, within seven days, unless revoked or replaced by a new one. */
@Entity
@Table(name = "membership_invitation")
class Invitation {

    static final Duration VALIDITY = Duration.ofDays(7);

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(nullable = false)
    private String email;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "invited_by", nullable = false)
    private String invitedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    /** Two simultaneous acceptances of one link: the second fails instead of creating a second account. */
    @jakarta.persistence.Version
    private long version;

    protected Invitation() {
    }

    Invitation(String networkSlug, UUID personId, String email, String tokenHash, Instant now, String invitedBy) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.personId = personId;
        this.email = email;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
        this.invitedBy = invitedBy;
    }

    /** Refuses an invitation that was used, revoked or has expired, saying which. */
    void requireUsable(Instant now) {
        if (acceptedAt != null) {
            throw new RuleViolation("invitation.used", null);
        }
        if (revokedAt != null) {
            throw new RuleViolation("invitation.revoked", null);
        }
        if (!now.isBefore(expiresAt)) {
            throw new RuleViolation("invitation.expired", null);
        }
    }

    void accept(Instant now) {
        requireUsable(now);
        acceptedAt = now;
    }

    void revoke(Instant now) {
        if (acceptedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isPending(Instant now) {
        return acceptedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    UUID id() {
        return id;
    }

    String networkSlug() {
        return networkSlug;
    }

    UUID personId() {
        return personId;
    }

    String email() {
        return email;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    Instant acceptedAt() {
        return acceptedAt;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
