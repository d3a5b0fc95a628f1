package org.kenes.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One application of a ToR configuration file to a network: when, from which text, and what it changed. */
@Entity
@Table(name = "network_configuration_change")
class ConfigurationChange {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(nullable = false)
    private String checksum;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(nullable = false, length = 4000)
    private String changes;

    @Column(name = "source_text", nullable = false, length = 1_000_000)
    private String sourceText;

    protected ConfigurationChange() {
    }

    ConfigurationChange(String networkSlug, Instant appliedAt, String checksum, String sourceName, String changes,
                        String sourceText) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.appliedAt = appliedAt;
        this.checksum = checksum;
        this.sourceName = sourceName;
        this.changes = changes;
        this.sourceText = sourceText;
    }

    ConfigurationChangeSummary summary() {
        return new ConfigurationChangeSummary(appliedAt, checksum, sourceName, changes);
    }
}
