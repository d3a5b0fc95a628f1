package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.kenes.shared.NetworkRole;

/**
 * A person's role in a network on behalf of an organisation: co-chair, secretariat, focal point, external partner
 * or observer. An appointment that has ended keeps its dates, so the history stays readable.
 */
@Entity
@Table(name = "membership_appointment")
class Appointment {

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NetworkRole role;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    protected Appointment() {
    }

    Appointment(String networkSlug, UUID accountId, UUID organisationId, NetworkRole role, LocalDate startsOn) {
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.accountId = accountId;
        this.organisationId = organisationId;
        this.role = role;
        this.startsOn = startsOn;
    }

    String networkSlug() {
        return networkSlug;
    }

    NetworkRole role() {
        return role;
    }
}
