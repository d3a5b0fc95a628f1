package org.kenes.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One recorded change. Entries are only ever inserted: the entity is immutable and nothing updates or deletes it. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "network_slug")
    private String networkSlug;

    @Column(nullable = false)
    private String actor;

    @Column(name = "record_type", nullable = false)
    private String recordType;

    @Column(name = "record_id", nullable = false)
    private String recordId;

    @Column(nullable = false)
    private String action;

    @Column(length = 4000)
    private String details;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String networkSlug, String actor, String recordType, String recordId, String action,
               String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.networkSlug = networkSlug;
        this.actor = actor;
        this.recordType = recordType;
        this.recordId = recordId;
        this.action = action;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }

    AuditRecord record() {
        return new AuditRecord(occurredAt, networkSlug, actor, recordType, recordId, action, details);
    }
}
