package org.kenes.decisions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.Members;
import org.kenes.membership.WorkingGroups;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Consultations on proposals, and the positions the members give in them. */
@Service
@Transactional
public class Consultations {

    /** Members without a position are reminded this long before the deadline. */
    static final Duration REMINDER_BEFORE = Duration.ofHours(48);
    private static final UUID NONE = new UUID(0, 0);

    private final ProposalRepository proposals;
    private final Positions positions;
    private final DecisionRegister register;
    private final DecisionRepository decisions;
    private final Members members;
    private final WorkingGroups groups;
    private final org.kenes.meetings.Meetings meetings;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Consultations(ProposalRepository proposals, Positions positions, DecisionRegister register, DecisionRepository decisions,
                  Members members, WorkingGroups groups, org.kenes.meetings.Meetings meetings, NetworkConfigurations networks,
                  ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.proposals = proposals;
        this.positions = positions;
        this.register = register;
        this.decisions = decisions;
        this.members = members;
        this.groups = groups;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    /** A co-chair, or the secretariat on the co-chairs' behalf, puts a proposal to the members. */
    public UUID open(String networkSlug, NewProposal request, Viewer viewer) {
        requireConvener(viewer, networkSlug);
        if (request.workingGroupId() != null) {
            groups.group(networkSlug, request.workingGroupId(), viewer); // refuses a group of another network
        }
        if (request.meetingId() != null) {
            meetings.meeting(networkSlug, request.meetingId(), viewer); // refuses a meeting of another network, or unseen
        }
        Instant deadline = deadline(networkSlug, request.procedure(), request.deadlineDate(), request.deadlineTime());
        Proposal proposal = proposals.save(new Proposal(networkSlug, request.workingGroupId(), request.meetingId(), request.title(),
                request.text(), request.rationale(), request.relevantToTheState(), request.procedure(), deadline, viewer.username(),
                clock.instant()));
        skipReminderIfClose(proposal);
        events.publishEvent(new ProposalChanged(networkSlug, proposal.id(), "opened", request.title(), Actors.current()));
        events.publishEvent(new ConsultationOpened(networkSlug, proposal.id(), proposal.round()));
        return proposal.id();
    }

    /** A round shorter than the reminder's lead time is not reminded: the opening e-mail has just asked. */
    private void skipReminderIfClose(Proposal proposal) {
        if (proposal.deadline() != null && !clock.instant().isBefore(proposal.deadline().minus(REMINDER_BEFORE))) {
            proposal.takeReminder();
        }
    }

    /** A member organisation joined: the open consultations of the network ask it too (those asked already are not). */
    @org.springframework.modulith.events.ApplicationModuleListener
    void on(org.kenes.membership.MembershipChanged change) {
        if (change.kind() != org.kenes.membership.MembershipChangeKind.JOINED
                && change.kind() != org.kenes.membership.MembershipChangeKind.FOCAL_POINT_APPOINTED) {
            return;
        }
        for (Proposal proposal : proposals.findByNetworkSlugAndStatus(change.networkSlug(), ProposalStatus.OPEN)) {
            events.publishEvent(new ConsultationOpened(change.networkSlug(), proposal.id(), proposal.round()));
        }
    }

    @Transactional(readOnly = true)
    public Page<ProposalView> visible(String networkSlug, Viewer viewer, Pageable page) {
        Set<UUID> ownGroups = viewer.workingGroups().isEmpty() ? Set.of(NONE) : viewer.workingGroups();
        Page<Proposal> found = proposals.visible(networkSlug, viewer.isMemberOf(networkSlug),
                viewer.isSecretariatOf(networkSlug) || viewer.has(networkSlug, NetworkRole.CO_CHAIR), ownGroups, page);
        // partners and observers reach the list, which shows them their working groups' items only; so does someone
        // who takes part in a working group only, when there is something of the group
        if (!viewer.participatesIn(networkSlug) && found.isEmpty()) {
            throw new AccessDeniedException("Consultations are internal to the network's members");
        }
        // the numbers of the page's adopted proposals, in one query
        Map<UUID, String> numbers = new java.util.HashMap<>();
        decisions.findByProposalIdIn(found.map(Proposal::id).getContent()).forEach(d -> numbers.put(d.proposalId(), d.number()));
        return found.map(p -> view(p, false, numbers.get(p.id())));
    }

    /** The proposals put to a meeting, for the meeting's page; whoever may read them. */
    @Transactional(readOnly = true)
    public List<ProposalView> ofMeeting(String networkSlug, UUID meetingId, Viewer viewer) {
        List<Proposal> shown = proposals.findByNetworkSlugAndMeetingIdOrderByOpenedAt(networkSlug, meetingId).stream()
                .filter(p -> mayRead(viewer, p)).limit(50).toList();
        Map<UUID, String> numbers = new java.util.HashMap<>();
        decisions.findByProposalIdIn(shown.stream().map(Proposal::id).toList()).forEach(d -> numbers.put(d.proposalId(), d.number()));
        return shown.stream().map(p -> view(p, false, numbers.get(p.id()))).toList();
    }

    @Transactional(readOnly = true)
    public ProposalView proposal(String networkSlug, UUID id, Viewer viewer) {
        Proposal proposal = find(networkSlug, id);
        requireReader(viewer, proposal);
        return view(proposal, true, number(proposal));
    }

    /** For notification jobs, which act for no person: the proposal and who is asked. */
    @Transactional(readOnly = true)
    public ProposalView forNotice(String networkSlug, UUID id) {
        Proposal proposal = find(networkSlug, id);
        return view(proposal, true, number(proposal));
    }

    /**
     * A member organisation's position, given by its principal or an alternate focal point (or, in a meeting, recorded
     * by the secretariat). It can be changed until the deadline; every change is kept.
     */
    public void givePosition(String networkSlug, UUID id, String organisation, PositionKind kind, String note, Viewer viewer) {
        Proposal proposal = locked(networkSlug, id);
        requireReader(viewer, proposal);
        boolean speaksFor = speaksFor(viewer, proposal, organisation);
        boolean recorder = proposal.procedure() == Procedure.IN_MEETING && viewer.isSecretariatOf(networkSlug);
        if (!speaksFor && !recorder) {
            throw new AccessDeniedException("A position is given by the organisation's principal or alternate focal point");
        }
        proposal.requireOpenFor(clock.instant());
        if (!membersOf(proposal).contains(organisation)) {
            throw new RuleViolation("position.notMember", "organisation", organisation);
        }
        if (kind == null) {
            throw new RuleViolation("position.kind.needed", "kind");
        }
        if (kind.needsNote() && (note == null || note.isBlank())) {
            throw new RuleViolation("position.note.needed." + kind, "note");
        }
        Position previous = positions.current(proposal.id(), proposal.round()).get(organisation);
        positions.give(proposal.id(), proposal.round(), organisation, kind,
                note == null || note.isBlank() ? null : note.strip(), viewer.username(), clock.instant());
        events.publishEvent(new ProposalChanged(networkSlug, id, "position", organisation + ": " + kind, Actors.current()));
        if (proposal.procedure() == Procedure.SILENCE_PROCEDURE && kind == PositionKind.OBJECTION
                && (previous == null || previous.kind() != PositionKind.OBJECTION)) {
            events.publishEvent(new SilenceBroken(networkSlug, id, proposal.round(), organisation));
        }
    }

    /**
     * Whether the person is a focal point of the organisation in the body consulted: in the network, or for a working
     * group's proposal in the group.
     */
    boolean speaksFor(Viewer viewer, Proposal proposal, String organisation) {
        String network = proposal.networkSlug();
        if (proposal.workingGroupId() == null) {
            return members.organisationsOf(network, viewer).contains(organisation);
        }
        if (!viewer.inWorkingGroup(proposal.workingGroupId())) {
            return false;
        }
        return groups.group(network, proposal.workingGroupId(), Viewer.actingForSecretariatOf(network)).members().stream()
                .anyMatch(m -> m.acronym().equals(organisation) && viewer.organisationsIn(network).contains(m.organisationId()));
    }

    /** The organisations a person may give positions for on a proposal. */
    @Transactional(readOnly = true)
    public List<String> voicesOf(String networkSlug, UUID id, Viewer viewer) {
        Proposal proposal = find(networkSlug, id);
        requireReader(viewer, proposal);
        boolean recorder = proposal.procedure() == Procedure.IN_MEETING && viewer.isSecretariatOf(networkSlug);
        return membersOf(proposal).stream().filter(m -> recorder || speaksFor(viewer, proposal, m)).toList();
    }

    /** The secretariat records the government counterpart's consultation; a proposal waiting for it is then adopted. */
    public void recordCounterpartConsultation(String networkSlug, UUID id, String counterpart, String response,
                                              LocalDate consultedOn, Viewer viewer) {
        requireSecretariat(viewer, networkSlug);
        Proposal proposal = locked(networkSlug, id);
        if (!required(networkSlug).contains(counterpart)) {
            throw new RuleViolation("proposal.counterpart.unknown", "counterpart", counterpart);
        }
        if (consultedOn == null || consultedOn.isAfter(today(networkSlug))) {
            throw new RuleViolation("proposal.counterpart.date", "consultedOn");
        }
        proposal.recordConsultation(counterpart, response, consultedOn, viewer.username(), clock.instant());
        events.publishEvent(new ProposalChanged(networkSlug, id, "counterpart-consulted", counterpart, Actors.current()));
        if (proposal.status() == ProposalStatus.WAITING_FOR_COUNTERPART) {
            // the members and positions stay those of the round's end; only the counterpart's consultation is new
            closeRound(proposal, clock.instant(), proposal.closedAt());
        }
    }

    /** In a meeting, the secretariat ends the round when the positions are recorded. */
    public void closeInMeeting(String networkSlug, UUID id, Viewer viewer) {
        requireSecretariat(viewer, networkSlug);
        Proposal proposal = locked(networkSlug, id);
        if (proposal.procedure() != Procedure.IN_MEETING) {
            throw new RuleViolation("proposal.closesAtDeadline", null);
        }
        proposal.requireOpenFor(clock.instant());
        closeRound(proposal, clock.instant(), clock.instant());
    }

    public void withdraw(String networkSlug, UUID id, Viewer viewer) {
        requireConvener(viewer, networkSlug);
        Proposal proposal = locked(networkSlug, id);
        proposal.withdraw(clock.instant());
        events.publishEvent(new ProposalChanged(networkSlug, id, "withdrawn", null, Actors.current()));
        events.publishEvent(new ConsultationClosed(networkSlug, id, proposal.round(), ProposalStatus.WITHDRAWN,
                "consensus.reason.withdrawn", null));
    }

    /** A revised text restarts the consultation; the earlier round and its positions are kept. */
    public void revise(String networkSlug, UUID id, String text, LocalDate deadlineDate, java.time.LocalTime deadlineTime,
                       Viewer viewer) {
        requireConvener(viewer, networkSlug);
        Proposal proposal = locked(networkSlug, id);
        proposal.revise(text, deadline(networkSlug, proposal.procedure(), deadlineDate, deadlineTime), clock.instant());
        skipReminderIfClose(proposal);
        events.publishEvent(new ProposalChanged(networkSlug, id, "revised", "round " + proposal.round(), Actors.current()));
        events.publishEvent(new ConsultationOpened(networkSlug, id, proposal.round()));
    }

    /** Closes the round if its deadline has come; under a lock, so it closes once whoever asks. */
    public void closeIfDue(UUID id) {
        proposals.lockedById(id).ifPresent(proposal -> {
            if (proposal.due(clock.instant())) {
                // adopted "at the deadline", whenever the job gets to it, with the members of that moment
                closeRound(proposal, proposal.deadline(), proposal.deadline());
            }
        });
    }

    /** Reminds the members without a position, once per round. */
    public void remindIfDue(UUID id) {
        proposals.lockedById(id).ifPresent(proposal -> {
            Instant now = clock.instant();
            if (proposal.status() == ProposalStatus.OPEN && proposal.deadline() != null
                    && !now.isBefore(proposal.deadline().minus(REMINDER_BEFORE)) && now.isBefore(proposal.deadline())
                    && proposal.takeReminder()) {
                Map<String, Position> given = positions.current(id, proposal.round());
                List<String> silent = membersOf(proposal).stream().filter(m -> !given.containsKey(m)).toList();
                if (!silent.isEmpty()) {
                    events.publishEvent(new ConsultationReminderDue(proposal.networkSlug(), id, proposal.round(), silent));
                }
            }
        });
    }

    @Transactional(readOnly = true)
    public List<UUID> due() {
        return proposals.due(clock.instant());
    }

    @Transactional(readOnly = true)
    public List<UUID> toRemind() {
        Instant now = clock.instant();
        return proposals.toRemind(now, now.plus(REMINDER_BEFORE));
    }

    /**
     * @param now  when the round closes (the deadline, for a round with one)
     * @param asOf the moment whose members count: the round's end, also when the counterpart is recorded later
     */
    private void closeRound(Proposal proposal, Instant now, Instant asOf) {
        LocalDate day = asOf.minusNanos(1).atZone(networks.of(proposal.networkSlug()).timeZone()).toLocalDate();
        Consensus.Reading reading = Consensus.read(proposal.procedure(), membersOf(proposal, day),
                kinds(positions.current(proposal.id(), proposal.round())), true, proposal.stateRelevant(),
                proposal.counterpartsConsulted(required(proposal.networkSlug())));
        proposal.close(reading, now);
        String number = null;
        if (proposal.status() == ProposalStatus.ADOPTED) {
            number = register.register(proposal, now).number();
        }
        events.publishEvent(new ProposalChanged(proposal.networkSlug(), proposal.id(), "closed",
                proposal.status() + (number == null ? "" : " " + number), Actors.current()));
        events.publishEvent(new ConsultationClosed(proposal.networkSlug(), proposal.id(), proposal.round(), proposal.status(),
                reading.reason(), number));
    }

    private static Map<String, PositionKind> kinds(Map<String, Position> current) {
        Map<String, PositionKind> kinds = new LinkedHashMap<>();
        current.forEach((organisation, position) -> kinds.put(organisation, position.kind()));
        return kinds;
    }

    /** The member organisations of the body today (not its external partners or observers: they see, members decide). */
    Set<String> membersOf(Proposal proposal) {
        return membersOf(proposal, today(proposal.networkSlug()));
    }

    /** The member organisations of the body on a day (a working group's as they are today). */
    Set<String> membersOf(Proposal proposal, LocalDate day) {
        String network = proposal.networkSlug();
        Viewer secretariat = Viewer.actingForSecretariatOf(network);
        List<MemberListEntry> list = proposal.workingGroupId() == null
                ? members.list(network, day, secretariat)
                : groups.group(network, proposal.workingGroupId(), secretariat).members();
        Set<String> organisations = new LinkedHashSet<>();
        list.stream().filter(m -> m.role().isMember()).forEach(m -> organisations.add(m.acronym()));
        return organisations;
    }

    /** The counterparts the ToR names for matters relevant to or of concern to the state. */
    private Set<String> required(String networkSlug) {
        Set<String> codes = new LinkedHashSet<>();
        networks.of(networkSlug).counterpartsConsultedOnStateMatters().forEach(c -> codes.add(c.code()));
        return codes;
    }

    private String number(Proposal proposal) {
        return proposal.status() == ProposalStatus.ADOPTED
                ? decisions.findByProposalId(proposal.id()).map(Decision::number).orElse(null) : null;
    }

    /** The proposal; with its positions and members when full, as a list line (no further queries) when not. */
    private ProposalView view(Proposal proposal, boolean full, String number) {
        ZoneId zone = networks.of(proposal.networkSlug()).timeZone();
        Map<String, Position> current = full ? positions.current(proposal.id(), proposal.round()) : Map.of();
        Set<String> body = full ? membersOf(proposal) : Set.of();
        List<ProposalView.MemberLine> lines = body.stream().map(m -> new ProposalView.MemberLine(m, current.get(m))).toList();
        Consensus.Reading reading = full ? Consensus.read(proposal.procedure(), body, kinds(current), false,
                proposal.stateRelevant(), true) : null;
        return new ProposalView(proposal.id(), proposal.networkSlug(), proposal.workingGroupId(), proposal.meetingId(),
                proposal.title(), proposal.text(), proposal.rationale(), proposal.stateRelevant(), proposal.procedure(),
                proposal.deadline() == null ? null : proposal.deadline().atZone(zone), proposal.round(), proposal.status(),
                proposal.outcomeReason(), proposal.openedBy(), proposal.openedAt(), number, lines,
                full ? positions.history(proposal.id(), proposal.round()) : List.of(),
                full ? proposal.consultations() : List.of(),
                proposal.stateRelevant() ? List.copyOf(required(proposal.networkSlug())) : List.of(),
                full ? proposal.earlierRounds() : List.of(),
                reading == null ? List.of() : reading.objecting(), reading == null ? List.of() : reading.silent());
    }

    private Instant deadline(String networkSlug, Procedure procedure, LocalDate date, java.time.LocalTime time) {
        if (!procedure.hasDeadline() || date == null) {
            return null;
        }
        if (time == null) {
            throw new RuleViolation("proposal.deadline.timeNeeded", "deadlineTime");
        }
        NetworkConfiguration network = networks.of(networkSlug);
        return ZonedDateTime.of(date, time, network.timeZone()).toInstant();
    }

    private LocalDate today(String networkSlug) {
        return LocalDate.now(clock.withZone(networks.of(networkSlug).timeZone()));
    }

    static boolean mayRead(Viewer viewer, Proposal proposal) {
        String network = proposal.networkSlug();
        // co-chairs convene every consultation, a working group's too
        return proposal.workingGroupId() == null
                ? viewer.isMemberOf(network)
                : viewer.inWorkingGroup(proposal.workingGroupId()) || viewer.isSecretariatOf(network)
                        || viewer.has(network, NetworkRole.CO_CHAIR);
    }

    static void requireReader(Viewer viewer, Proposal proposal) {
        if (!mayRead(viewer, proposal)) {
            throw new AccessDeniedException("Consultations are internal to the body consulted");
        }
    }

    static void requireConvener(Viewer viewer, String networkSlug) {
        if (!viewer.has(networkSlug, NetworkRole.CO_CHAIR) && !viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("A co-chair, or the secretariat on the co-chairs' behalf, opens consultations");
        }
    }

    static void requireSecretariat(Viewer viewer, String networkSlug) {
        if (!viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("Only the secretariat of " + networkSlug);
        }
    }

    private Proposal find(String networkSlug, UUID id) {
        return proposals.findByIdAndNetworkSlug(id, networkSlug).orElseThrow(() -> new ProposalNotFound(id));
    }

    private Proposal locked(String networkSlug, UUID id) {
        return proposals.lockedByIdAndNetworkSlug(id, networkSlug).orElseThrow(() -> new ProposalNotFound(id));
    }

    public static class ProposalNotFound extends org.kenes.shared.NotFoundException {
        ProposalNotFound(UUID id) {
            super("No proposal " + id + " in this network");
        }
    }
}
