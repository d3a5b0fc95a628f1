package org.kenes.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An adopted decision in the register, numbered per network and year, with its implementation. */
@Entity
@Table(name = "decision")
class Decision {

    public enum Implementation { NOT_STARTED, IN_PROGRESS, IMPLEMENTED }

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(nullable = false)
    private String number;

    @Column(name = "register_year", nullable = false)
    private int year;

    @Column(name = "register_sequence", nullable = false)
    private int sequence;

    @Column(name = "proposal_id", nullable = false)
    private UUID proposalId;

    @Column(name = "adopted_at", nullable = false)
    private Instant adoptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementation_status", nullable = false)
    private Implementation implementation = Implementation.NOT_STARTED;

    @Column(name = "implementation_due")
    private LocalDate implementationDue;

    @Column(name = "implementation_note")
    private String implementationNote;

    @Version
    private long version;

    protected Decision() {
    }

    Decision(String networkSlug, String number, int year, int sequence, UUID proposalId, Instant adoptedAt) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.number = number;
        this.year = year;
        this.sequence = sequence;
        this.proposalId = proposalId;
        this.adoptedAt = adoptedAt;
    }

    void implementation(Implementation status, LocalDate due, String note) {
        this.implementation = status;
        this.implementationDue = due;
        this.implementationNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Implementation is overdue once its date has passed and it is not implemented. */
    boolean overdue(LocalDate today) {
        return implementation != Implementation.IMPLEMENTED && implementationDue != null && implementationDue.isBefore(today);
    }

    UUID id() {
        return id;
    }

    String number() {
        return number;
    }

    UUID proposalId() {
        return proposalId;
    }

    Instant adoptedAt() {
        return adoptedAt;
    }

    Implementation implementation() {
        return implementation;
    }

    LocalDate implementationDue() {
        return implementationDue;
    }

    String implementationNote() {
        return implementationNote;
    }

    long version() {
        return version;
    }
}
