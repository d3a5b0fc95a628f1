package org.kenes.audit;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** Insert and read only: the trail is append-only. */
interface AuditEntryRepository extends Repository<AuditEntry, UUID> {

    AuditEntry save(AuditEntry entry);

    Page<AuditEntry> findByNetworkSlugOrderByOccurredAtDesc(String networkSlug, Pageable pageable);

    Page<AuditEntry> findByNetworkSlugIsNullOrderByOccurredAtDesc(Pageable pageable);
}
