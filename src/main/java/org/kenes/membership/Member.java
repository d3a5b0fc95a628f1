package org.kenes.membership;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/**
 * An organisation's membership of a body (the network or one of its working groups), with its focal points. The
 * rules of the member list live here: one principal focal point at a time, never none while the organisation is a
 * member, and every change dated so the list can be read as of any day.
 */
@Entity
@Table(name = "membership_member")
class Member {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "working_group_id")
    private UUID workingGroupId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "member_id", nullable = false)
    private List<FocalPoint> focalPoints = new ArrayList<>();

    @Version
    private long version;

    protected Member() {
    }

    Member(String networkSlug, UUID workingGroupId, UUID organisationId, MemberRole role, LocalDate joinedOn) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.workingGroupId = workingGroupId;
        this.organisationId = organisationId;
        this.role = role;
        this.joinedOn = joinedOn;
    }

    /**
     * Names a focal point. A new principal replaces the current one, who stays in the history; an alternate joins
     * the others. Returns the principal replaced, if any.
     */
    UUID appoint(UUID personId, FocalPointKind kind, LocalDate from) {
        requireCurrent(from);
        if (from.isBefore(joinedOn)) {
            throw new RuleViolation("membership.focalPoint.beforeJoining", "from");
        }
        if (kind == FocalPointKind.PRINCIPAL && focalPoints.stream().anyMatch(f -> f.kind() == FocalPointKind.PRINCIPAL
                && f.isOpen() && f.from().isAfter(from))) {
            // a principal dated before the current one's start would leave two principals at once
            throw new RuleViolation("membership.focalPoint.beforeCurrent", "from");
        }
        if (focalPoints.stream().anyMatch(f -> f.personId().equals(personId) && f.kind() == kind && f.isCurrentOn(from))) {
            throw new RuleViolation("membership.focalPoint.already", null);
        }
        if (kind == FocalPointKind.ALTERNATE && focalPoints.stream().anyMatch(f -> f.personId().equals(personId)
                && f.kind() == FocalPointKind.PRINCIPAL && f.isCurrentOn(from))) {
            throw new RuleViolation("membership.focalPoint.lastPrincipal", null);
        }
        UUID replaced = null;
        for (FocalPoint focalPoint : focalPoints) {
            if (focalPoint.isCurrentOn(from) && focalPoint.personId().equals(personId)) {
                focalPoint.end(from);
            } else if (kind == FocalPointKind.PRINCIPAL && focalPoint.kind() == FocalPointKind.PRINCIPAL && focalPoint.isCurrentOn(from)) {
                focalPoint.end(from);
                replaced = focalPoint.personId();
            }
        }
        focalPoints.add(new FocalPoint(personId, kind, from));
        return replaced;
    }

    /** Ends a focal point's term; the last principal focal point of a member cannot go without a successor. */
    UUID endFocalPoint(UUID focalPointId, LocalDate on) {
        FocalPoint focalPoint = focalPoints.stream().filter(f -> f.id().equals(focalPointId) && f.isCurrentOn(on))
                .findFirst().orElseThrow(() -> new RuleViolation("membership.focalPoint.notCurrent", null));
        if (focalPoint.kind() == FocalPointKind.PRINCIPAL) {
            throw new RuleViolation("membership.focalPoint.lastPrincipal", null);
        }
        focalPoint.end(on);
        return focalPoint.personId();
    }

    void changeRole(MemberRole newRole, LocalDate on) {
        requireCurrent(on);
        if (newRole == role) {
            throw new RuleViolation("membership.role.unchanged", "role");
        }
        role = newRole;
    }

    /** The organisation leaves the body; its focal points' terms end the same day. */
    void leave(LocalDate on) {
        requireCurrent(on);
        if (on.isBefore(joinedOn)) {
            throw new RuleViolation("membership.leave.beforeJoining", "leftOn");
        }
        leftOn = on;
        focalPoints.forEach(f -> f.end(on));
    }

    boolean isCurrentOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || leftOn.isAfter(date));
    }

    private void requireCurrent(LocalDate date) {
        if (leftOn != null && !leftOn.isAfter(date)) {
            throw new RuleViolation("membership.member.left", null);
        }
    }

    UUID id() {
        return id;
    }

    String networkSlug() {
        return networkSlug;
    }

    UUID workingGroupId() {
        return workingGroupId;
    }

    UUID organisationId() {
        return organisationId;
    }

    MemberRole role() {
        return role;
    }

    List<FocalPoint> focalPoints() {
        return List.copyOf(focalPoints);
    }
}
