package org.kenes.statements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.NewProposal;
import org.kenes.decisions.ProposalView;
import org.kenes.membership.CoChair;
import org.kenes.membership.Members;
import org.kenes.membership.WorkingGroups;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.Hashes;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One Voice joint statements: drafting versions, the members' endorsement through a consultation, the co-chairs'
 * sign-off, the delivery, and who may see which statement.
 */
@Service
@Transactional
public class Statements {

    private static final UUID NONE = new UUID(0, 0);

    private final StatementRepository statements;
    private final Consultations consultations;
    private final Members members;
    private final WorkingGroups groups;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Statements(StatementRepository statements, Consultations consultations, Members members, WorkingGroups groups,
               NetworkConfigurations networks, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.statements = statements;
        this.consultations = consultations;
        this.members = members;
        this.groups = groups;
        this.networks = networks;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The statements this person may see, filtered in the query: the body's own at every stage, others once delivered
     * at a level the person reaches. The register ({@code deliveredOnly}) lists what was said, latest first.
     */
    @Transactional(readOnly = true)
    public Page<StatementSummary> visible(String networkSlug, Viewer viewer, boolean deliveredOnly, Pageable page) {
        NetworkConfiguration network = networks.of(networkSlug);
        Set<UUID> ownGroups = viewer.workingGroups().isEmpty() ? Set.of(NONE) : viewer.workingGroups();
        Sort order = deliveredOnly
                ? Sort.by(Sort.Order.desc("deliveredOn"), Sort.Order.desc("deliveredAt"))
                : Sort.by(Sort.Order.desc("updatedAt"));
        Page<Statement> found = statements.visible(networkSlug, viewer.isMemberOf(networkSlug),
                StatementAccess.overseer(viewer, networkSlug), viewer.participatesIn(networkSlug), ownGroups, deliveredOnly,
                PageRequest.of(page.getPageNumber(), page.getPageSize(), order));
        return found.map(s -> summary(s, network));
    }

    /** A statement; one the person may not see is not found, so its existence is not revealed either. */
    @Transactional(readOnly = true)
    public StatementView statement(String networkSlug, UUID id, Viewer viewer) {
        return view(readable(find(networkSlug, id), viewer));
    }

    /** Delivered public statements, for anyone: the network's public page and its feed. */
    @Transactional(readOnly = true)
    public Page<StatementSummary> published(String networkSlug, Pageable page) {
        NetworkConfiguration network = networks.of(networkSlug);
        return statements.published(networkSlug, PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        Sort.by(Sort.Order.desc("deliveredOn"), Sort.Order.desc("deliveredAt"))))
                .map(s -> summary(s, network));
    }

    /** A delivered public statement, for anyone; any other is not found. */
    @Transactional(readOnly = true)
    public StatementView publishedStatement(String networkSlug, UUID id) {
        Statement statement = find(networkSlug, id);
        if (statement.status() != StatementStatus.DELIVERED || statement.informationLevel() != InformationLevel.PUBLIC) {
            throw new StatementNotFound(id);
        }
        return view(statement);
    }

    /** For notification jobs, which act for no person. */
    @Transactional(readOnly = true)
    public StatementView forNotice(String networkSlug, UUID id) {
        return view(find(networkSlug, id));
    }

    /** A version and what changed since another one (by default the one before), word by word, in each language. */
    @Transactional(readOnly = true)
    public VersionComparison compare(String networkSlug, UUID id, int number, Integer against, Viewer viewer) {
        Statement statement = readable(find(networkSlug, id), viewer);
        if (!StatementAccess.inBody(viewer, statement.networkSlug(), statement.workingGroupId())) {
            // the drafts of a delivered statement stay with the body
            throw new StatementNotFound(id);
        }
        StatementVersion version = statement.version(number);
        if (version == null) {
            throw new VersionNotFound(id, number);
        }
        int earlierNumber = against == null ? number - 1 : against;
        StatementVersion earlier = earlierNumber == number ? null : statement.version(earlierNumber);
        if (against != null && earlier == null) {
            throw new VersionNotFound(id, against);
        }
        List<String> languages = networks.of(networkSlug).languages();
        List<VersionComparison.LanguageDifference> differences = new ArrayList<>();
        for (LanguageText text : ordered(version.texts(), languages)) {
            LanguageText before = earlier == null ? null : earlier.text(text.language()).orElse(null);
            String beforeTitle = before == null ? "" : before.title();
            String beforeText = before == null ? "" : before.text();
            differences.add(new VersionComparison.LanguageDifference(text.language(), text.title(), text.text(),
                    WordDiff.html(beforeTitle, text.title()), WordDiff.html(beforeText, text.text()),
                    WordDiff.differ(beforeTitle, text.title()) || WordDiff.differ(beforeText, text.text())));
        }
        return new VersionComparison(id, version.number(), earlier == null ? null : earlier.number(), version.note(),
                version.author(), version.createdAt(), statement.versions().stream().map(StatementVersion::number).toList(),
                differences);
    }

    /** A co-chair, or the secretariat on the co-chairs' behalf, drafts a statement of the network or of a working group. */
    public UUID create(String networkSlug, StatementDraft draft, Viewer viewer) {
        NetworkConfiguration network = networks.of(networkSlug);
        StatementAccess.requireConvener(viewer, networkSlug);
        if (draft.workingGroupId() != null) {
            groups.group(networkSlug, draft.workingGroupId(), viewer); // refuses a group of another network
        }
        Statement statement = statements.save(new Statement(networkSlug, draft.workingGroupId(), network.languages(),
                draft.texts(), draft.note(), viewer.username(), clock.instant()));
        events.publishEvent(new StatementChanged(networkSlug, statement.id(), "drafted", "version 1", Actors.current()));
        return statement.id();
    }

    /** A new version; after the endorsement, it needs a new endorsement. Returns its number. */
    public int newVersion(String networkSlug, UUID id, StatementDraft draft, Viewer viewer) {
        Statement statement = readable(locked(networkSlug, id), viewer);
        StatementAccess.requireConvener(viewer, networkSlug);
        StatementVersion version = statement.revise(networks.of(networkSlug).languages(), draft.texts(), draft.note(),
                viewer.username(), clock.instant());
        events.publishEvent(new StatementChanged(networkSlug, id, "new version", "version " + version.number(), Actors.current()));
        return version.number();
    }

    /**
     * Puts the current version to the members of the body, through a consultation of the decisions module (whose
     * e-mail asks them): its title names the statement and the version, its text holds every language. Returns the
     * consultation's id.
     */
    public UUID submitForEndorsement(String networkSlug, UUID id, EndorsementRequest request, Viewer viewer) {
        Statement statement = readable(locked(networkSlug, id), viewer);
        StatementAccess.requireConvener(viewer, networkSlug);
        if (request.procedure() == null) {
            throw new RuleViolation("statement.endorsement.procedureNeeded", "procedure");
        }
        statement.requireDraft();
        NetworkConfiguration network = networks.of(networkSlug);
        String text = endorsementText(statement.current(), network.languages());
        if (text.length() > Statement.MAX_ENDORSEMENT_TEXT) {
            throw new RuleViolation("statement.endorsement.tooLong", null, text.length(), Statement.MAX_ENDORSEMENT_TEXT);
        }
        UUID proposal = consultations.open(networkSlug, new NewProposal(proposalTitle(statement, network), text, null,
                request.stateRelevant(), request.procedure(), request.deadlineDate(), request.deadlineTime(),
                statement.workingGroupId(), null), viewer);
        statement.putToMembers(proposal, Hashes.sha256Hex(text), clock.instant());
        events.publishEvent(new StatementChanged(networkSlug, id, "put to the members",
                "version " + statement.currentVersion() + ", consultation " + proposal, Actors.current()));
        return proposal;
    }

    /** Takes the statement out of its consultation (which is withdrawn); it is a draft again. */
    public void withdrawEndorsement(String networkSlug, UUID id, Viewer viewer) {
        Statement statement = readable(locked(networkSlug, id), viewer);
        StatementAccess.requireConvener(viewer, networkSlug);
        if (statement.status() != StatementStatus.IN_ENDORSEMENT) {
            throw new RuleViolation("statement.endorsement.notUnderway", null);
        }
        UUID proposal = statement.current().proposalId();
        if (!consultations.forNotice(networkSlug, proposal).status().closed()) {
            consultations.withdraw(networkSlug, proposal, viewer);
        }
        // whatever the consultation came to (withdrawn now, or adopted a moment ago) is what the statement shows
        apply(statement, consultations.forNotice(networkSlug, proposal));
    }

    /** The consultation of a statement's version ended: the statement is endorsed, or a draft again with the reason. */
    void consultationEnded(String networkSlug, UUID proposalId) {
        statements.idByProposal(proposalId)
                .flatMap(id -> statements.locked(id, networkSlug))
                .ifPresent(statement -> apply(statement, consultations.forNotice(networkSlug, proposalId)));
    }

    private void apply(Statement statement, ProposalView proposal) {
        boolean asPutToMembers = Hashes.sha256Hex(proposal.text()).equals(statement.current().endorsementHash());
        Statement.Change change = statement.endorsementEnded(proposal.id(), proposal.status(), proposal.outcomeReason(),
                proposal.decisionNumber(), asPutToMembers, clock.instant());
        switch (change) {
            case ENDORSED -> {
                events.publishEvent(new StatementChanged(statement.networkSlug(), statement.id(), "endorsed",
                        "version " + statement.currentVersion() + (proposal.decisionNumber() == null ? "" : ", decision " + proposal.decisionNumber()),
                        Actors.current()));
                events.publishEvent(new StatementEndorsed(statement.networkSlug(), statement.id(), statement.currentVersion()));
            }
            case BACK_TO_DRAFT -> events.publishEvent(new StatementChanged(statement.networkSlug(), statement.id(),
                    "returned to draft", statement.outcomeReason(), Actors.current()));
            case NONE -> {
                // an outcome already applied, or one for a version since replaced
            }
        }
    }

    /** Internal to the body by default; partners or public once endorsed. */
    public void changeLevel(String networkSlug, UUID id, InformationLevel level, Viewer viewer) {
        Statement statement = readable(locked(networkSlug, id), viewer);
        StatementAccess.requireConvener(viewer, networkSlug);
        InformationLevel before = statement.informationLevel();
        statement.changeLevel(level, clock.instant());
        events.publishEvent(new StatementChanged(networkSlug, id, "level changed", before + " -> " + level, Actors.current()));
        if (statement.status() == StatementStatus.DELIVERED) {
            // what was said reaches its new level in the library too
            fileInLibrary(statement);
        }
    }

    /**
     * A co-chair signs the endorsed version off for the position she holds; the secretariat may record the sign-off
     * of a co-chair who gave it outside Kenes. Without a position named, the co-chair's own position is meant.
     */
    public void signOff(String networkSlug, UUID id, String positionCode, Viewer viewer) {
        Statement statement = readable(locked(networkSlug, id), viewer);
        NetworkConfiguration network = networks.of(networkSlug);
        List<String> positions = network.coChairs().stream().map(NetworkConfiguration.CoChairPosition::code).toList();
        List<CoChair> holders = members.coChairs(networkSlug, today(network), Viewer.actingForSecretariatOf(networkSlug));
        Set<String> held = positionsHeldBy(networkSlug, viewer, holders);
        String position = positionCode == null || positionCode.isBlank()
                ? held.stream().filter(p -> !statement.signedPositions().contains(p)).findFirst().orElse(null)
                : positionCode.strip();
        if (position == null) {
            if (!viewer.isSecretariatOf(networkSlug) && held.isEmpty()) {
                throw new AccessDeniedException("Only a co-chair signs a statement off, or the secretariat records it");
            }
            throw new RuleViolation("statement.signOff.positionNeeded", "position");
        }
        if (!positions.contains(position)) {
            throw new RuleViolation("statement.signOff.unknownPosition", "position", position);
        }
        boolean own = held.contains(position);
        if (!own && !viewer.isSecretariatOf(networkSlug)) {
            throw new AccessDeniedException("A co-chair signs off for her own position; the secretariat may record it for her");
        }
        String wanted = position;
        CoChair holder = holders.stream().filter(h -> h.positionCode().equals(wanted)).findFirst()
                .orElseThrow(() -> new RuleViolation("statement.signOff.vacant", "position", positionTitle(network, wanted)));
        boolean complete = statement.signOff(new SignOff(position, statement.currentVersion(), holder.fullName(), holder.position(),
                holder.organisation(), viewer.username(), clock.instant(), !own), positions);
        events.publishEvent(new StatementChanged(networkSlug, id, "signed off", position + ": " + holder.fullName()
                + (own ? "" : " (recorded by " + viewer.username() + ")") + (complete ? "; both co-chairs signed" : ""), Actors.current()));
    }

    /** The co-chairs delivered it (recorded by a co-chair or the secretariat): the date and the occasion. */
    public void deliver(String networkSlug, UUID id, Delivery delivery, Viewer viewer) {
        Statement statement = readable(locked(networkSlug, id), viewer);
        StatementAccess.requireConvener(viewer, networkSlug);
        NetworkConfiguration network = networks.of(networkSlug);
        statement.deliver(delivery.deliveredOn(), delivery.occasion(), viewer.username(), today(network), network.timeZone(),
                clock.instant());
        events.publishEvent(new StatementChanged(networkSlug, id, "delivered",
                statement.deliveredOn() + ", " + statement.occasion(), Actors.current()));
        events.publishEvent(new StatementDelivered(networkSlug, id, statement.currentVersion()));
        fileInLibrary(statement);
    }

    /**
     * A delivered statement is filed in the library, at the level its readers have here: public only if the statement
     * is public, and a working group's statement internal to the group stays with the group.
     */
    void fileInLibrary(Statement statement) {
        NetworkConfiguration network = networks.of(statement.networkSlug());
        InformationLevel level = StatementAccess.levelInTheLibrary(statement.workingGroupId(), statement.informationLevel());
        String path = "/networks/" + statement.networkSlug() + "/statements/" + statement.id();
        String publicPath = level == InformationLevel.PUBLIC
                ? "/networks/" + statement.networkSlug() + "/public/statements/" + statement.id() : null;
        events.publishEvent(new RecordFiled(statement.networkSlug(), statement.workingGroupId(), RecordFiled.Kind.STATEMENT,
                statement.id(), ordered(statement.current().texts(), network.languages()).getFirst().title(), statement.deliveredOn(),
                level, null, path, publicPath, statement.updatedAt()));
    }

    /** The co-chair positions of the network this person holds today. */
    @Transactional(readOnly = true)
    public Set<String> positionsHeldBy(String networkSlug, Viewer viewer) {
        NetworkConfiguration network = networks.of(networkSlug);
        return positionsHeldBy(networkSlug, viewer,
                members.coChairs(networkSlug, today(network), Viewer.actingForSecretariatOf(networkSlug)));
    }

    private Set<String> positionsHeldBy(String networkSlug, Viewer viewer, List<CoChair> holders) {
        if (viewer.isAnonymous() || !viewer.has(networkSlug, NetworkRole.CO_CHAIR)) {
            return Set.of();
        }
        Set<String> addresses = new java.util.HashSet<>();
        members.addressesOf(viewer.accountId()).forEach(a -> addresses.add(a.toLowerCase(Locale.ROOT)));
        Set<String> held = new java.util.LinkedHashSet<>();
        holders.stream().filter(h -> h.email() != null && addresses.contains(h.email().toLowerCase(Locale.ROOT)))
                .forEach(h -> held.add(h.positionCode()));
        return held;
    }

    /**
     * The text the members are asked to endorse: each language's title and text, in the network's order, each headed
     * by the language's own name.
     */
    static String endorsementText(StatementVersion version, List<String> languages) {
        StringBuilder text = new StringBuilder();
        for (LanguageText part : ordered(version.texts(), languages)) {
            if (!text.isEmpty()) {
                text.append("\n\n\n");
            }
            text.append('[').append(part.nativeName()).append("]\n").append(part.title()).append("\n\n").append(part.text());
        }
        return text.toString().strip();
    }

    String proposalTitle(Statement statement, NetworkConfiguration network) {
        Locale first = Locale.forLanguageTag(network.languages().getFirst());
        String title = ordered(statement.current().texts(), network.languages()).getFirst().title();
        return messages.getMessage("statement.endorsement.proposalTitle", new Object[] {title, statement.currentVersion()}, first);
    }

    /** Texts in the network's language order (a language it no longer works in last). */
    static List<LanguageText> ordered(List<LanguageText> texts, List<String> languages) {
        return texts.stream().sorted(Comparator.comparingInt(t -> {
            int index = languages.indexOf(t.language());
            return index < 0 ? Integer.MAX_VALUE : index;
        })).toList();
    }

    private static String positionTitle(NetworkConfiguration network, String code) {
        return network.coChairs().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.title().en()).orElse(code);
    }

    private StatementSummary summary(Statement statement, NetworkConfiguration network) {
        return new StatementSummary(statement.id(), statement.networkSlug(), statement.workingGroupId(), statement.status(),
                statement.informationLevel(), statement.currentVersion(), ordered(statement.current().texts(), network.languages()),
                statement.deliveredOn(), statement.occasion(), statement.updatedAt());
    }

    private StatementView view(Statement statement) {
        NetworkConfiguration network = networks.of(statement.networkSlug());
        StatementVersion current = statement.current();
        List<StatementView.CoChairLine> coChairs = network.coChairs().stream()
                .map(p -> new StatementView.CoChairLine(p.code(), p.title(), statement.signOffs().stream()
                        .filter(s -> s.positionCode().equals(p.code())).findFirst().orElse(null)))
                .toList();
        return new StatementView(statement.id(), statement.networkSlug(), statement.workingGroupId(), statement.status(),
                statement.informationLevel(),
                new StatementView.VersionView(current.number(), current.note(), current.author(), current.createdAt(),
                        current.proposalId(), ordered(current.texts(), network.languages())),
                statement.versions().stream().map(v -> new StatementView.VersionLine(v.number(), v.note(), v.author(),
                        v.createdAt(), v.proposalId())).toList(),
                current.proposalId(), statement.outcomeReason(), statement.outcomeProposalId(), statement.endorsedAt(),
                statement.decisionNumber(), coChairs, statement.deliveredOn(), statement.occasion(), statement.deliveredBy(),
                statement.deliveredAt(), statement.createdBy(), statement.createdAt());
    }

    private LocalDate today(NetworkConfiguration network) {
        return LocalDate.now(clock.withZone(network.timeZone()));
    }

    private static Statement readable(Statement statement, Viewer viewer) {
        if (!StatementAccess.mayRead(viewer, statement)) {
            throw new StatementNotFound(statement.id());
        }
        return statement;
    }

    private Statement find(String networkSlug, UUID id) {
        networks.of(networkSlug); // an unknown network is not found
        return statements.findByIdAndNetworkSlug(id, networkSlug).orElseThrow(() -> new StatementNotFound(id));
    }

    private Statement locked(String networkSlug, UUID id) {
        networks.of(networkSlug);
        return statements.locked(id, networkSlug).orElseThrow(() -> new StatementNotFound(id));
    }

    public static class StatementNotFound extends org.kenes.shared.NotFoundException {
        StatementNotFound(UUID id) {
            super("No statement " + id + " in this network");
        }
    }

    public static class VersionNotFound extends org.kenes.shared.NotFoundException {
        VersionNotFound(UUID id, int number) {
            super("Statement " + id + " has no version " + number);
        }
    }
}
