package org.kenes.decisions;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/**
 * A proposal put to the members of a body, and its consultation. It is open until its deadline (or, in a meeting,
 * until the secretariat closes it), can be withdrawn or revised (a revision starts a new round and keeps the
 * earlier one), and is closed once, with the outcome {@link Consensus} reads.
 */
@Entity
@Table(name = "decision_proposal")
class Proposal {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "working_group_id")
    private UUID workingGroupId;

    @Column(name = "meeting_id")
    private UUID meetingId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String text;

    @Column
    private String rationale;

    @Column(name = "state_relevant", nullable = false)
    private boolean stateRelevant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Procedure procedure;

    @Column
    private Instant deadline;

    @Column(nullable = false)
    private int round = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProposalStatus status = ProposalStatus.OPEN;

    @Column(name = "outcome_reason")
    private String outcomeReason;

    @Column(name = "reminded_round", nullable = false)
    private int remindedRound;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "decision_earlier_round", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<EarlierRound> earlierRounds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "decision_counterpart_consultation", joinColumns = @JoinColumn(name = "proposal_id"))
    private List<CounterpartConsultation> consultations = new ArrayList<>();

    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(String networkSlug, UUID workingGroupId, UUID meetingId, String title, String text, String rationale,
             boolean stateRelevant, Procedure procedure, Instant deadline, String openedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.workingGroupId = workingGroupId;
        this.meetingId = meetingId;
        this.title = title.strip();
        this.text = text.strip();
        this.rationale = rationale == null || rationale.isBlank() ? null : rationale.strip();
        this.stateRelevant = stateRelevant;
        this.procedure = procedure;
        this.deadline = checkedDeadline(procedure, deadline, now);
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    private static Instant checkedDeadline(Procedure procedure, Instant deadline, Instant now) {
        if (!procedure.hasDeadline()) {
            return null;
        }
        if (deadline == null) {
            throw new RuleViolation("proposal.deadline.needed", "deadlineDate");
        }
        if (!deadline.isAfter(now)) {
            throw new RuleViolation("proposal.deadline.past", "deadlineDate");
        }
        return deadline;
    }

    /** Positions are given, and changed, while the round is open: until its deadline, exclusive. */
    void requireOpenFor(Instant now) {
        if (status != ProposalStatus.OPEN) {
            throw new RuleViolation("proposal.notOpen", null);
        }
        if (deadline != null && !now.isBefore(deadline)) {
            throw new RuleViolation("proposal.deadline.passed", null);
        }
    }

    boolean due(Instant now) {
        return status == ProposalStatus.OPEN && deadline != null && !now.isBefore(deadline);
    }

    /** A revision restarts the consultation: a new round with its own positions; the earlier round is kept. */
    void revise(String newText, Instant newDeadline, Instant now) {
        if (status == ProposalStatus.ADOPTED || status == ProposalStatus.WITHDRAWN) {
            throw new RuleViolation("proposal.revise.closed", null);
        }
        requireNotDue(now);
        if (newText == null || newText.isBlank()) {
            throw new RuleViolation("proposal.text.needed", "text");
        }
        Instant checked = checkedDeadline(procedure, newDeadline, now);
        earlierRounds.add(new EarlierRound(round, text, deadline, now));
        text = newText.strip();
        deadline = checked;
        round++;
        status = ProposalStatus.OPEN;
        outcomeReason = null;
        closedAt = null;
        // the counterpart was consulted on the earlier text: the new one needs its own consultation
        consultations.clear();
    }

    /** Once the deadline has come the round belongs to its closing: it is neither withdrawn nor revised any more. */
    private void requireNotDue(Instant now) {
        if (due(now)) {
            throw new RuleViolation("proposal.deadline.passed", null);
        }
    }

    /** Whether the reminder of this round is still to go; marks it gone. */
    boolean takeReminder() {
        if (remindedRound >= round) {
            return false;
        }
        remindedRound = round;
        return true;
    }

    void withdraw(Instant now) {
        if (status.closed()) {
            throw new RuleViolation("proposal.notOpen", null);
        }
        requireNotDue(now);
        status = ProposalStatus.WITHDRAWN;
        closedAt = now;
    }

    /** Closes the round with the outcome read at its end; a proposal waiting for the counterpart stays open to it. */
    void close(Consensus.Reading reading, Instant now) {
        status = switch (reading.outcome()) {
            case ADOPTED -> ProposalStatus.ADOPTED;
            case NOT_ADOPTED -> ProposalStatus.NOT_ADOPTED;
            case WAITING_FOR_COUNTERPART -> ProposalStatus.WAITING_FOR_COUNTERPART;
            case PENDING -> throw new IllegalStateException("a round closes with an outcome");
        };
        outcomeReason = reading.reason();
        closedAt = now;
    }

    void recordConsultation(String counterpart, String response, LocalDate consultedOn, String recordedBy, Instant now) {
        if (!stateRelevant) {
            throw new RuleViolation("proposal.counterpart.notStateRelevant", null);
        }
        if (status.closed()) {
            throw new RuleViolation("proposal.notOpen", null);
        }
        if (response == null || response.isBlank()) {
            throw new RuleViolation("proposal.counterpart.responseNeeded", "response");
        }
        consultations.removeIf(c -> c.counterpart().equals(counterpart));
        consultations.add(new CounterpartConsultation(counterpart, response.strip(), consultedOn, recordedBy, now));
    }

    /** Whether every counterpart the ToR names for state matters has been consulted. */
    boolean counterpartsConsulted(Set<String> required) {
        return consultations.stream().map(CounterpartConsultation::counterpart).toList().containsAll(required);
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

    UUID meetingId() {
        return meetingId;
    }

    String title() {
        return title;
    }

    String text() {
        return text;
    }

    String rationale() {
        return rationale;
    }

    boolean stateRelevant() {
        return stateRelevant;
    }

    Procedure procedure() {
        return procedure;
    }

    Instant deadline() {
        return deadline;
    }

    int round() {
        return round;
    }

    ProposalStatus status() {
        return status;
    }

    String outcomeReason() {
        return outcomeReason;
    }

    String openedBy() {
        return openedBy;
    }

    Instant openedAt() {
        return openedAt;
    }

    Instant closedAt() {
        return closedAt;
    }

    List<EarlierRound> earlierRounds() {
        return List.copyOf(earlierRounds);
    }

    List<CounterpartConsultation> consultations() {
        return List.copyOf(consultations);
    }
}
