package org.kenes.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/** A member's request for a meeting; the co-chairs accept it (an extraordinary meeting) or decline it with a reason. */
@Entity
@Table(name = "meeting_request")
class MeetingRequest {

    enum Status { PENDING, ACCEPTED, DECLINED }

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "proposed_dates", nullable = false)
    private String proposedDates;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MeetingRequest() {
    }

    MeetingRequest(String networkSlug, String organisation, String requestedBy, String purpose, String proposedDates,
                   Instant now) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.organisation = organisation;
        this.requestedBy = requestedBy;
        this.purpose = purpose.strip();
        this.proposedDates = proposedDates.strip();
        this.createdAt = now;
    }

    void accept(UUID meeting, String coChair, Instant now) {
        requirePending();
        status = Status.ACCEPTED;
        meetingId = meeting;
        decidedBy = coChair;
        decidedAt = now;
    }

    void decline(String reason, String coChair, Instant now) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("request.reasonNeeded", "reason");
        }
        status = Status.DECLINED;
        decisionReason = reason.strip();
        decidedBy = coChair;
        decidedAt = now;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new RuleViolation("request.decided", null);
        }
    }

    UUID id() {
        return id;
    }

    String purpose() {
        return purpose;
    }

    MeetingRequestView view() {
        return new MeetingRequestView(id, organisation, requestedBy, purpose, proposedDates, status.name(), decidedBy, decisionReason,
                meetingId, createdAt);
    }
}
