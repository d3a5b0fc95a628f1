package org.kenes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.NetworkRole;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gives people their roles in a network on behalf of an organisation. */
@Service
@Transactional
public class Appointments {

    private final AppointmentRepository appointments;
    private final OrganisationRepository organisations;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Appointments(AppointmentRepository appointments, OrganisationRepository organisations,
                 NetworkConfigurations networks, ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.organisations = organisations;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    /** Appoints the person unless they already hold that role in the network. */
    public void appoint(String networkSlug, UUID accountId, String organisationCode, NetworkRole role) {
        if (appointments.existsByNetworkSlugAndAccountIdAndRole(networkSlug, accountId, role)) {
            return;
        }
        String country = networks.of(networkSlug).country();
        Organisation organisation = organisations.findByCodeAndCountry(organisationCode, country)
                .or(() -> organisations.findByCodeAndCountryIsNull(organisationCode))
                .orElseThrow(() -> new OrganisationNotFound(organisationCode));
        appointments.save(new Appointment(networkSlug, accountId, organisation.id(), role, LocalDate.now(clock)));
        events.publishEvent(new PersonAppointed(networkSlug, accountId, organisationCode, role, Actors.current()));
    }
}
