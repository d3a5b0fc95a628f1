package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person named by a member organisation to act for it, from one date until another. */
@Entity
@Table(name = "membership_focal_point")
class FocalPoint {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FocalPointKind kind;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    protected FocalPoint() {
    }

    FocalPoint(UUID personId, FocalPointKind kind, LocalDate from) {
        this.id = UUID.randomUUID();
        this.personId = personId;
        this.kind = kind;
        this.from = from;
    }

    boolean isCurrentOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }

    boolean isOpen() {
        return to == null;
    }

    LocalDate from() {
        return from;
    }

    void end(LocalDate date) {
        if (to == null || to.isAfter(date)) {
            to = date;
        }
    }

    UUID id() {
        return id;
    }

    UUID personId() {
        return personId;
    }

    FocalPointKind kind() {
        return kind;
    }
}
