package org.kenes.membership;

import java.time.LocalDate;
import java.util.UUID;
import org.kenes.shared.Auditable;

/** The member list of a network (or of one of its working groups) changed. */
public record MembershipChanged(String networkSlug, UUID memberId, UUID organisationId, UUID personId,
                                MembershipChangeKind kind, LocalDate effectiveOn, String details, String actor)
        implements Auditable {

    @Override
    public String recordType() {
        return "member";
    }

    @Override
    public String recordId() {
        return memberId.toString();
    }

    @Override
    public String action() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
