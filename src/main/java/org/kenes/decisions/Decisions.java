package org.kenes.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register of adopted decisions, and their implementation, which the secretariat monitors. */
@Service
@Transactional
public class Decisions {

    private static final UUID NONE = new UUID(0, 0);
    /** An export holds at most this many decisions: years of a network's register. */
    static final int EXPORT_LIMIT = 2000;

    private final DecisionRepository decisions;
    private final ProposalRepository proposals;
    private final Positions positions;
    private final org.kenes.meetings.ActionPoints actions;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Decisions(DecisionRepository decisions, ProposalRepository proposals, Positions positions,
              org.kenes.meetings.ActionPoints actions, NetworkConfigurations networks, ApplicationEventPublisher events, Clock clock) {
        this.decisions = decisions;
        this.proposals = proposals;
        this.positions = positions;
        this.actions = actions;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    /** The register, newest first; the positions are left to each decision's own page. */
    @Transactional(readOnly = true)
    public Page<DecisionView> register(String networkSlug, int year, Viewer viewer, Pageable page) {
        // partners and observers of the network reach the list, which shows them their working groups' items only
        Set<UUID> ownGroups = viewer.workingGroups().isEmpty() ? Set.of(NONE) : viewer.workingGroups();
        Page<Decision> found = decisions.visible(networkSlug, viewer.isMemberOf(networkSlug),
                viewer.isSecretariatOf(networkSlug) || viewer.has(networkSlug, org.kenes.shared.NetworkRole.CO_CHAIR), ownGroups, year, page);
        // partners and observers reach the register, which shows them their working groups' decisions only; so does
        // someone who takes part in a working group only, when the group has decided something
        if (!viewer.participatesIn(networkSlug) && found.isEmpty()) {
            throw new AccessDeniedException("The register is internal to the network's members");
        }
        Map<UUID, Proposal> byId = proposals.findAllById(found.map(Decision::proposalId).getContent()).stream()
                .collect(Collectors.toMap(Proposal::id, Function.identity()));
        return found.map(d -> view(d, byId.get(d.proposalId()), List.of()));
    }

    /** The register of a year (0: every year) with each decision's positions, for the PDF and spreadsheet exports. */
    @Transactional(readOnly = true)
    public List<DecisionView> export(String networkSlug, int year, Viewer viewer) {
        List<DecisionView> shown = register(networkSlug, year, viewer, org.springframework.data.domain.PageRequest.of(0, EXPORT_LIMIT))
                .getContent();
        Map<UUID, List<Position>> byProposal = positions.currentOf(shown.stream().map(DecisionView::proposalId).toList());
        return shown.stream().map(d -> new DecisionView(d.id(), d.number(), d.networkSlug(), d.workingGroupId(), d.proposalId(),
                d.title(), d.text(), d.procedure(), d.adoptedAt(), d.meetingId(), d.implementation(), d.implementationDue(),
                d.implementationNote(), d.overdue(), d.version(), byProposal.getOrDefault(d.proposalId(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public DecisionView decision(String networkSlug, String number, Viewer viewer) {
        Decision decision = find(networkSlug, number);
        Proposal proposal = proposals.findById(decision.proposalId()).orElseThrow();
        Consultations.requireReader(viewer, proposal);
        return view(decision, proposal, List.copyOf(positions.current(proposal.id(), proposal.round()).values()));
    }

    /** The action points that implement a decision, from the meetings' tracker. */
    @Transactional(readOnly = true)
    public List<org.kenes.meetings.ActionPointView> actionPoints(String networkSlug, String number, Viewer viewer) {
        DecisionView decision = decision(networkSlug, number, viewer);
        // a working group's decisions are followed up in the group's meetings, not in the network's tracker
        return decision.workingGroupId() != null ? List.of() : actions.ofDecision(networkSlug, decision.id(), viewer);
    }

    /**
     * The secretariat tracks a decision's implementation through an action point, which the tracker, the reminders
     * and the next meeting's matters arising then follow like any other.
     */
    public UUID recordActionPoint(String networkSlug, String number, org.kenes.meetings.ActionPoints.NewActionPoint request,
                                  Viewer viewer) {
        Consultations.requireSecretariat(viewer, networkSlug);
        Decision decision = find(networkSlug, number);
        Proposal proposal = proposals.findById(decision.proposalId()).orElseThrow();
        if (proposal.workingGroupId() != null) {
            throw new RuleViolation("decision.actionPoint.workingGroup", null);
        }
        UUID id = actions.recordForDecision(networkSlug, decision.id(), number, request, viewer);
        if (decision.implementation() == Decision.Implementation.NOT_STARTED) {
            decision.implementation(Decision.Implementation.IN_PROGRESS, decision.implementationDue() == null ? request.dueOn()
                    : decision.implementationDue(), decision.implementationNote());
        }
        events.publishEvent(new ProposalChanged(networkSlug, proposal.id(), "action-point", number + ": " + request.description(),
                Actors.current()));
        return id;
    }

    /** The secretariat records how the implementation stands; a stale version is refused, never overwritten. */
    public void implementation(String networkSlug, String number, Decision.Implementation status, LocalDate due, String note,
                               long version, Viewer viewer) {
        Consultations.requireSecretariat(viewer, networkSlug);
        Decision decision = find(networkSlug, number);
        if (decision.version() != version) {
            throw new RuleViolation("decision.implementation.stale", null, number);
        }
        if (status == null) {
            throw new RuleViolation("decision.implementation.statusNeeded", "status");
        }
        decision.implementation(status, due, note);
        events.publishEvent(new ProposalChanged(networkSlug, decision.proposalId(), "implementation",
                number + ": " + status, Actors.current()));
    }

    private DecisionView view(Decision decision, Proposal proposal, List<Position> positions) {
        ZoneId zone = networks.of(proposal.networkSlug()).timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        return new DecisionView(decision.id(), decision.number(), proposal.networkSlug(), proposal.workingGroupId(), proposal.id(),
                proposal.title(), proposal.text(), proposal.procedure(), decision.adoptedAt().atZone(zone), proposal.meetingId(),
                decision.implementation().name(), decision.implementationDue(), decision.implementationNote(),
                decision.overdue(today), decision.version(), positions);
    }

    private Decision find(String networkSlug, String number) {
        return decisions.findByNetworkSlugAndNumber(networkSlug, number).orElseThrow(() -> new DecisionNotFound(number));
    }

    public static class DecisionNotFound extends org.kenes.shared.NotFoundException {
        DecisionNotFound(String number) {
            super("No decision " + number + " in this network");
        }
    }
}
