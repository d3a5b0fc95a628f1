package org.kenes.audit;

import java.time.Instant;

public record AuditRecord(Instant occurredAt, String networkSlug, String actor, String recordType, String recordId,
                          String action, String details) {
}
