package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person holding one of the network's co-chair positions (named in its ToR) for a time. */
@Entity
@Table(name = "membership_co_chair_term")
class CoChairTerm {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "position_code", nullable = false)
    private String positionCode;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "from_date", nullable = false)
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    protected CoChairTerm() {
    }

    CoChairTerm(String networkSlug, String positionCode, UUID personId, LocalDate from) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.positionCode = positionCode;
        this.personId = personId;
        this.from = from;
    }

    void end(LocalDate on) {
        if (to == null) {
            to = on;
        }
    }

    boolean isCurrentOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || to.isAfter(date));
    }

    String positionCode() {
        return positionCode;
    }
}
