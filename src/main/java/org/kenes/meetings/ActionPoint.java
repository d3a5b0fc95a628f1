package org.kenes.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/** An action point decided at a meeting: who does what by when, and every update on it since. */
@Entity
@Table(name = "meeting_action_point")
class ActionPoint {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    /** The meeting that decided it; null for an action point implementing a decision taken outside a meeting. */
    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_organisation", nullable = false)
    private String ownerOrganisation;

    @Column(name = "owner_person")
    private String ownerPerson;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionPointStatus status = ActionPointStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "action_point_id", nullable = false)
    @OrderBy("recordedAt")
    private List<ActionUpdate> updates = new ArrayList<>();

    @Version
    private long version;

    protected ActionPoint() {
    }

    ActionPoint(String networkSlug, UUID meetingId, String description, String ownerOrganisation, String ownerPerson,
                LocalDate dueOn, Instant now) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.meetingId = meetingId;
        this.description = description.strip();
        this.ownerOrganisation = ownerOrganisation.strip();
        this.ownerPerson = ownerPerson == null || ownerPerson.isBlank() ? null : ownerPerson.strip();
        this.dueOn = dueOn;
        this.createdAt = now;
    }

    /** Links the action point to the decision it implements, by id and number only (no dependency on decisions). */
    void implementing(UUID decision, String number) {
        this.decisionId = decision;
        this.decisionNumber = number;
    }

    void update(ActionPointStatus newStatus, String note, String by, Instant at) {
        if (status == ActionPointStatus.DONE || status == ActionPointStatus.DROPPED) {
            throw new RuleViolation("action.closed", null);
        }
        if (newStatus == ActionPointStatus.DROPPED && (note == null || note.isBlank())) {
            throw new RuleViolation("action.dropReason", "note");
        }
        status = newStatus;
        updates.add(new ActionUpdate(at, by, newStatus, note));
    }

    boolean isOverdueOn(LocalDate day) {
        return (status == ActionPointStatus.OPEN || status == ActionPointStatus.IN_PROGRESS) && dueOn.isBefore(day);
    }

    String ownerOrganisation() {
        return ownerOrganisation;
    }

    UUID meetingId() {
        return meetingId;
    }

    String networkSlug() {
        return networkSlug;
    }

    ActionPointView view(LocalDate today) {
        return new ActionPointView(id, meetingId, decisionId, decisionNumber, description, ownerOrganisation, ownerPerson, dueOn, status.name(), isOverdueOn(today),
                updates.stream().map(ActionUpdate::view).toList());
    }
}
