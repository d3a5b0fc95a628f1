package org.kenes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.kenes.shared.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The co-chair positions of the ToR, held by people; a new holder ends the previous holder's term. */
@Component
@Transactional
public class CoChairs {

    private final CoChairTermRepository terms;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final org.kenes.network.NetworkConfigurations networks;
    private final MembershipChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoChairs(CoChairTermRepository terms, PersonRepository people, OrganisationRepository organisations,
             org.kenes.network.NetworkConfigurations networks, MembershipChangeRepository changes,
             ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.people = people;
        this.organisations = organisations;
        this.networks = networks;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    boolean isHeld(String networkSlug, String positionCode, LocalDate on) {
        return terms.findByNetworkSlugAndPositionCode(networkSlug, positionCode).stream().anyMatch(t -> t.isCurrentOn(on));
    }

    /** The secretariat records that someone has taken up a co-chair position of the ToR. */
    public void handOver(String networkSlug, String positionCode, Contact contact, LocalDate from,
                         org.kenes.shared.Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        var position = networks.of(networkSlug).coChairs().stream().filter(p -> p.code().equals(positionCode)).findFirst()
                .orElseThrow(() -> new org.kenes.shared.RuleViolation("coChair.unknownPosition", null, positionCode));
        Organisation organisation = organisations.findForNetwork(position.organisation(), networks.of(networkSlug).country())
                .stream().findFirst()
                .orElseThrow(() -> new org.kenes.shared.RuleViolation("workingGroup.unknownOrganisation", null, position.organisation()));
        takeUp(networkSlug, positionCode, organisation, contact, from, null);
    }

    Person takeUp(String networkSlug, String positionCode, Organisation organisation, Contact contact, LocalDate from,
                  UUID accountId) {
        terms.findByNetworkSlugAndPositionCode(networkSlug, positionCode).forEach(term -> term.end(from));
        Person person = people.findByOrganisationIdAndEmail(organisation.id(), contact.email().toLowerCase(java.util.Locale.ROOT))
                .orElseGet(() -> people.save(new Person(organisation.id(), contact)));
        if (accountId != null) {
            person.linkAccount(accountId);
        }
        terms.save(new CoChairTerm(networkSlug, positionCode, person.id(), from));
        String actor = Actors.current();
        changes.save(new MembershipChange(networkSlug, null, from, clock.instant(), actor,
                MembershipChangeKind.CO_CHAIR_TAKEN_UP, organisation.id(), person.id(), positionCode));
        events.publishEvent(new MembershipChanged(networkSlug, person.id(), organisation.id(), person.id(),
                MembershipChangeKind.CO_CHAIR_TAKEN_UP, from, positionCode, actor));
        return person;
    }
}
