package org.kenes.statements;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One version of a statement: its texts are written once and never changed. The consultation that endorses it is
 * noted on it when it is put to the members, with a fingerprint of the text they were asked about.
 */
@Entity
@Table(name = "statement_version")
class StatementVersion {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int number;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "proposal_id")
    private UUID proposalId;

    @Column(name = "endorsement_hash", length = 64)
    private String endorsementHash;

    @ElementCollection
    @CollectionTable(name = "statement_text", joinColumns = @JoinColumn(name = "version_id"))
    private List<LanguageText> texts = new ArrayList<>();

    protected StatementVersion() {
    }

    StatementVersion(int number, List<LanguageText> texts, String note, String author, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.texts = new ArrayList<>(texts);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.author = author;
        this.createdAt = createdAt;
    }

    void putToMembers(UUID proposal, String hash) {
        this.proposalId = proposal;
        this.endorsementHash = hash;
    }

    UUID id() {
        return id;
    }

    int number() {
        return number;
    }

    String note() {
        return note;
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID proposalId() {
        return proposalId;
    }

    String endorsementHash() {
        return endorsementHash;
    }

    List<LanguageText> texts() {
        return List.copyOf(texts);
    }

    Optional<LanguageText> text(String language) {
        return texts.stream().filter(t -> t.language().equals(language)).findFirst();
    }
}
