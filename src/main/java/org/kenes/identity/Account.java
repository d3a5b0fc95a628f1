package org.kenes.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

@Entity
@Table(name = "identity_account")
class Account {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "platform_admin", nullable = false)
    private boolean platformAdmin;

    @Column(nullable = false)
    private boolean demo;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String username, String email, String displayName, String passwordHash, boolean platformAdmin,
            boolean demo, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = normalise(username);
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.platformAdmin = platformAdmin;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    static String normalise(String login) {
        return login.trim().toLowerCase(Locale.ROOT);
    }

    UUID id() {
        return id;
    }

    String username() {
        return username;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean platformAdmin() {
        return platformAdmin;
    }

    boolean demo() {
        return demo;
    }

    boolean enabled() {
        return enabled;
    }

    AccountSummary summary() {
        return new AccountSummary(id, username, email, displayName, platformAdmin, demo, enabled);
    }
}
