package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One dated line of the member list's history. */
@Entity
@Immutable
@Table(name = "membership_change")
class MembershipChange {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "working_group_id")
    private UUID workingGroupId;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MembershipChangeKind kind;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "person_id")
    private UUID personId;

    @Column
    private String details;

    protected MembershipChange() {
    }

    MembershipChange(String networkSlug, UUID workingGroupId, LocalDate effectiveOn, Instant recordedAt, String actor,
                     MembershipChangeKind kind, UUID organisationId, UUID personId, String details) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.workingGroupId = workingGroupId;
        this.effectiveOn = effectiveOn;
        this.recordedAt = recordedAt;
        this.actor = actor;
        this.kind = kind;
        this.organisationId = organisationId;
        this.personId = personId;
        this.details = details;
    }
}
