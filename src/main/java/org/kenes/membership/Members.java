package org.kenes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.network.ReferenceData;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member list of a network: who its member organisations and focal points are, were, and on which day. */
@Service
@Transactional
public class Members {

    private final MemberRepository members;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final MembershipChangeRepository changes;
    private final MemberListQueries queries;
    private final NetworkConfigurations networks;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Members(MemberRepository members, OrganisationRepository organisations, PersonRepository people,
            MembershipChangeRepository changes, MemberListQueries queries, NetworkConfigurations networks,
            ReferenceData reference, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.organisations = organisations;
        this.people = people;
        this.changes = changes;
        this.queries = queries;
        this.networks = networks;
        this.reference = reference;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today(String networkSlug) {
        return LocalDate.now(clock.withZone(networks.of(networkSlug).timeZone()));
    }

    @Transactional(readOnly = true)
    public List<MemberListEntry> list(String networkSlug, LocalDate asOf, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        return queries.asOf(networkSlug, null, asOf == null ? today(networkSlug) : asOf);
    }

    /** The e-mail addresses Kenes writes to a person at: those of the people records linked to the account. */
    @Transactional(readOnly = true)
    public List<String> addressesOf(java.util.UUID accountId) {
        return people.findByAccountId(accountId).stream().map(Person::email).filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** The organisations the viewer acts for as a focal point in the network today. */
    @Transactional(readOnly = true)
    public List<String> organisationsOf(String networkSlug, Viewer viewer) {
        return viewer.isAnonymous() ? List.of() : queries.organisationsOf(networkSlug, viewer.accountId(), today(networkSlug));
    }

    /** For start-up work, which has no viewer. */
    List<MemberListEntry> listForStartUp(String networkSlug, LocalDate asOf) {
        return queries.asOf(networkSlug, null, asOf);
    }

    @Transactional(readOnly = true)
    public List<CoChair> coChairs(String networkSlug, LocalDate asOf, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        return queries.coChairs(networkSlug, asOf == null ? today(networkSlug) : asOf);
    }

    @Transactional(readOnly = true)
    public MemberDetails member(String networkSlug, UUID memberId, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        Member member = find(networkSlug, memberId);
        Organisation organisation = organisations.findById(member.organisationId()).orElseThrow();
        return new MemberDetails(member.id(), organisation.code(), organisation.name(java.util.Locale.ENGLISH),
                organisation.name(java.util.Locale.forLanguageTag("ru")), organisation.kind(), member.role(),
                member.isCurrentOn(today(networkSlug)), queries.focalPointHistory(memberId),
                mayUpdateFocalPoints(viewer, member));
    }

    @Transactional(readOnly = true)
    public List<HistoryLine> history(String networkSlug, int page, int size, Viewer viewer) {
        MemberListAccess.requireReader(viewer, networkSlug);
        return queries.history(networkSlug, page, size);
    }

    @Transactional(readOnly = true)
    public long historySize(String networkSlug) {
        return queries.historySize(networkSlug);
    }

    /** The secretariat adds a member organisation with its principal (and perhaps an alternate) focal point. */
    public UUID add(String networkSlug, NewMember request, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        Organisation organisation = organisationFor(networkSlug, request);
        if (members.isCurrentMember(networkSlug, organisation.id())) {
            throw new RuleViolation("membership.acronym.duplicate", "acronym", organisation.code());
        }
        Member member = members.save(new Member(networkSlug, null, organisation.id(), request.role(), request.joinedOn()));
        record(member, MembershipChangeKind.JOINED, request.joinedOn(), null, request.role().name());
        appoint(member, organisation, request.principal(), FocalPointKind.PRINCIPAL, request.joinedOn());
        if (request.hasAlternate()) {
            appoint(member, organisation, request.alternate(), FocalPointKind.ALTERNATE, request.joinedOn());
        }
        return member.id();
    }

    /** Names a focal point; the secretariat may, and so may the member's own principal focal point. */
    public void appointFocalPoint(String networkSlug, UUID memberId, Contact contact, FocalPointKind kind,
                                  LocalDate from, Viewer viewer) {
        Member member = find(networkSlug, memberId);
        requireMayUpdateFocalPoints(viewer, member);
        Organisation organisation = organisations.findById(member.organisationId()).orElseThrow();
        LocalDate today = today(networkSlug);
        // only the secretariat dates an appointment; a focal point's own changes take effect today
        LocalDate day = from == null || !viewer.isSecretariatOf(networkSlug) ? today : from;
        appoint(member, organisation, contact, kind, day);
    }

    public void endFocalPoint(String networkSlug, UUID memberId, UUID focalPointId, Viewer viewer) {
        Member member = find(networkSlug, memberId);
        requireMayUpdateFocalPoints(viewer, member);
        LocalDate today = today(networkSlug);
        UUID personId = member.endFocalPoint(focalPointId, today);
        record(member, MembershipChangeKind.FOCAL_POINT_ENDED, today, personId, null);
    }

    public void changeRole(String networkSlug, UUID memberId, MemberRole role, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        Member member = find(networkSlug, memberId);
        MemberRole before = member.role();
        LocalDate today = today(networkSlug);
        member.changeRole(role, today);
        record(member, MembershipChangeKind.ROLE_CHANGED, today, null, before + " -> " + role);
    }

    public void leave(String networkSlug, UUID memberId, LocalDate on, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        Member member = find(networkSlug, memberId);
        LocalDate day = on == null ? today(networkSlug) : on;
        member.leave(day);
        record(member, MembershipChangeKind.LEFT, day, null, null);
    }

    /** Updates a focal point's work contact: the secretariat, or the principal focal point of the same member. */
    public void updateContact(String networkSlug, UUID memberId, UUID personId, Contact contact, Viewer viewer) {
        Member member = find(networkSlug, memberId);
        requireMayUpdateFocalPoints(viewer, member);
        LocalDate today = today(networkSlug);
        if (member.focalPoints().stream().noneMatch(f -> f.personId().equals(personId) && f.isCurrentOn(today))) {
            throw new PersonNotFound(personId);
        }
        Person person = people.findById(personId).orElseThrow(() -> new PersonNotFound(personId));
        person.update(contact);
        record(member, MembershipChangeKind.CONTACT_UPDATED, today, personId, null);
    }

    boolean mayUpdateFocalPoints(Viewer viewer, Member member) {
        if (viewer.isSecretariatOf(member.networkSlug())) {
            return true;
        }
        if (viewer.isAnonymous()) {
            return false;
        }
        LocalDate today = today(member.networkSlug());
        List<UUID> mine = people.findByAccountId(viewer.accountId()).stream().map(Person::id).toList();
        return member.focalPoints().stream().anyMatch(f -> f.kind() == FocalPointKind.PRINCIPAL
                && f.isCurrentOn(today) && mine.contains(f.personId()));
    }

    private void requireMayUpdateFocalPoints(Viewer viewer, Member member) {
        if (!mayUpdateFocalPoints(viewer, member)) {
            throw new AccessDeniedException("Only the secretariat or the member's principal focal point may do this");
        }
    }

    /** For start-up work (ToR members, demo people): a membership unless the organisation ever had one. */
    Member ensureMember(String networkSlug, Organisation organisation, MemberRole role, LocalDate joinedOn) {
        if (members.everMember(networkSlug, organisation.id())) {
            return null;
        }
        Member member = members.save(new Member(networkSlug, null, organisation.id(), role, joinedOn));
        record(member, MembershipChangeKind.JOINED, joinedOn, null, role.name());
        return member;
    }

    void recordJoined(Member member, LocalDate on) {
        record(member, MembershipChangeKind.JOINED, on, null, member.role().name());
    }

    /** For start-up work: appoints a focal point and links the person to an account. */
    Person seedFocalPoint(Member member, Contact contact, FocalPointKind kind, LocalDate from, UUID accountId) {
        Organisation organisation = organisations.findById(member.organisationId()).orElseThrow();
        Person person = appoint(member, organisation, contact, kind, from);
        if (accountId != null) {
            person.linkAccount(accountId);
        }
        return person;
    }

    Person appoint(Member member, Organisation organisation, Contact contact, FocalPointKind kind, LocalDate from) {
        Person person = people.findByOrganisationIdAndEmail(organisation.id(), contact.email().strip().toLowerCase(java.util.Locale.ROOT))
                .map(existing -> {
                    existing.update(contact);
                    return existing;
                })
                .orElseGet(() -> people.save(new Person(organisation.id(), contact)));
        UUID replaced = member.appoint(person.id(), kind, from);
        record(member, replaced == null ? MembershipChangeKind.FOCAL_POINT_APPOINTED : MembershipChangeKind.FOCAL_POINT_REPLACED,
                from, person.id(), kind.name());
        return person;
    }

    /** An organisation the network already knows by this acronym, or a new one. */
    private Organisation organisationFor(String networkSlug, NewMember request) {
        String country = networks.of(networkSlug).country();
        List<Organisation> known = organisations.findForNetwork(request.acronym().strip(), country);
        if (!known.isEmpty()) {
            return known.getFirst();
        }
        var unEntity = reference.unEntity(request.acronym().strip());
        if (unEntity.isPresent()) {
            var entity = unEntity.get();
            return organisations.save(new Organisation(entity.code(), null, OrganisationKind.UN_ENTITY, entity.nameEn(),
                    entity.nameRu(), entity.website()));
        }
        if (request.nameEn() == null || request.nameEn().isBlank()) {
            throw new RuleViolation("membership.organisation.nameNeeded", "nameEn", request.acronym().strip());
        }
        OrganisationKind kind = request.kind() == null ? OrganisationKind.OTHER : request.kind();
        return organisations.save(new Organisation(request.acronym(), kind == OrganisationKind.UN_ENTITY ? null : country,
                kind, request.nameEn(), request.nameRu(), request.website()));
    }

    Member find(String networkSlug, UUID memberId) {
        return members.findByIdAndNetworkSlugAndWorkingGroupIdIsNull(memberId, networkSlug)
                .orElseThrow(() -> new MemberNotFound(memberId));
    }

    private void record(Member member, MembershipChangeKind kind, LocalDate on, UUID personId, String details) {
        String actor = Actors.current();
        changes.save(new MembershipChange(member.networkSlug(), member.workingGroupId(), on, clock.instant(), actor, kind,
                member.organisationId(), personId, details));
        events.publishEvent(new MembershipChanged(member.networkSlug(), member.id(), member.organisationId(), personId,
                kind, on, details, actor));
    }

    /** One member organisation with every focal point it has had. */
    public record MemberDetails(UUID memberId, String acronym, String nameEn, String nameRu, OrganisationKind kind,
                                MemberRole role, boolean current, List<MemberListEntry.FocalPointEntry> focalPoints,
                                boolean mayUpdateFocalPoints) {

        public String name(java.util.Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }
    }
}
