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
class CoChairs {

    private final CoChairTermRepository terms;
    private final PersonRepository people;
    private final MembershipChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CoChairs(CoChairTermRepository terms, PersonRepository people, MembershipChangeRepository changes,
             ApplicationEventPublisher events, Clock clock) {
        this.terms = terms;
        this.people = people;
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    boolean isHeld(String networkSlug, String positionCode, LocalDate on) {
        return terms.findByNetworkSlugAndPositionCode(networkSlug, positionCode).stream().anyMatch(t -> t.isCurrentOn(on));
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
