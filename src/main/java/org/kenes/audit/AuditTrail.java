package org.kenes.audit;

import java.time.Clock;
import org.kenes.shared.Auditable;
import org.kenes.shared.Viewer;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every auditable event in the transaction that made the change, so a change never commits without its
 * trace, and a failed change leaves none.
 */
@Service
public class AuditTrail {

    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(AuditEntryRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(Auditable event) {
        entries.save(new AuditEntry(clock.instant(), event.networkSlug(), event.actor(), event.recordType(),
                event.recordId(), event.action(), event.details()));
    }

    /** A network's trail, for its secretariat and platform administrators. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> of(String networkSlug, Viewer viewer, Pageable page) {
        if (!viewer.isSecretariatOf(networkSlug) && !viewer.platformAdmin()) {
            throw new AccessDeniedException("The audit trail is for the secretariat of " + networkSlug);
        }
        return entries.findByNetworkSlugOrderByOccurredAtDesc(networkSlug, page).map(AuditEntry::record);
    }

    /** Platform-wide records (accounts, tokens), for platform administrators. */
    @Transactional(readOnly = true)
    public Page<AuditRecord> platform(Viewer viewer, Pageable page) {
        if (!viewer.platformAdmin()) {
            throw new AccessDeniedException("The platform audit trail is for administrators");
        }
        return entries.findByNetworkSlugIsNullOrderByOccurredAtDesc(page).map(AuditEntry::record);
    }
}
