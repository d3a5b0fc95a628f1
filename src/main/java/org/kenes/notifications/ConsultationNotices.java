package org.kenes.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kenes.decisions.ConsultationClosed;
import org.kenes.decisions.ConsultationOpened;
import org.kenes.decisions.ConsultationReminderDue;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.ProposalStatus;
import org.kenes.decisions.ProposalView;
import org.kenes.decisions.SilenceBroken;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.MemberRole;
import org.kenes.membership.Members;
import org.kenes.membership.WorkingGroups;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every step of a consultation, by e-mail: the members of the body are asked when it opens (and again when it is
 * revised); those without a position are reminded 48 hours before the deadline, and only they; the co-chairs and
 * the secretariat learn at once that silence was broken; the members learn the outcome; the secretariat learns that
 * a proposal waits for the government counterpart's consultation.
 */
@Component
class ConsultationNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Consultations consultations;
    private final Members members;
    private final WorkingGroups groups;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final Outbox outbox;
    private final String baseUrl;

    ConsultationNotices(Consultations consultations, Members members, WorkingGroups groups, NetworkConfigurations networks,
                        MessageSource messages, Outbox outbox, @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.consultations = consultations;
        this.members = members;
        this.groups = groups;
        this.networks = networks;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ConsultationOpened event) {
        ProposalView proposal = consultations.forNotice(event.networkSlug(), event.proposalId());
        Set<String> asked = Set.copyOf(proposal.members().stream().map(ProposalView.MemberLine::organisation).toList());
        focalPointsOf(proposal, asked).forEach((email, locale) -> outbox.put(
                key("opened", proposal, event.round(), email), proposal.networkSlug(), email,
                text("mail.consultation.opened.subject", proposal, locale), text("mail.consultation.opened.body", proposal, locale), null));
    }

    @ApplicationModuleListener
    void on(ConsultationReminderDue event) {
        ProposalView proposal = consultations.forNotice(event.networkSlug(), event.proposalId());
        if (proposal.round() != event.round() || !proposal.open()) {
            return;
        }
        // only those who have still not answered: whoever answered since the reminder was decided is left alone
        Set<String> silent = Set.copyOf(proposal.silent());
        Set<String> remind = new java.util.HashSet<>(event.silentOrganisations());
        remind.retainAll(silent);
        focalPointsOf(proposal, remind).forEach((email, locale) -> outbox.put(
                key("reminder", proposal, event.round(), email), proposal.networkSlug(), email,
                text("mail.consultation.reminder.subject", proposal, locale), text("mail.consultation.reminder.body", proposal, locale), null));
    }

    @ApplicationModuleListener
    void on(SilenceBroken event) {
        ProposalView proposal = consultations.forNotice(event.networkSlug(), event.proposalId());
        Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
        LocalDate today = LocalDate.now(networks.of(event.networkSlug()).timeZone());
        Map<String, Locale> told = secretariatOf(event.networkSlug(), today, secretariat);
        members.coChairs(event.networkSlug(), today, secretariat).forEach(c -> told.putIfAbsent(c.email(), Locale.ENGLISH));
        // at once, not in a digest: the convener may want to talk to the objecting member before the deadline
        told.forEach((email, locale) -> outbox.put(key("silence-broken-" + event.organisation(), proposal, event.round(), email),
                proposal.networkSlug(), email,
                messages.getMessage("mail.consultation.silenceBroken.subject", new Object[] {proposal.title(), event.organisation()}, locale),
                messages.getMessage("mail.consultation.silenceBroken.body", new Object[] {proposal.title(), event.organisation(),
                        link(proposal)}, locale), null));
    }

    @ApplicationModuleListener
    void on(ConsultationClosed event) {
        ProposalView proposal = consultations.forNotice(event.networkSlug(), event.proposalId());
        if (event.outcome() == ProposalStatus.WAITING_FOR_COUNTERPART) {
            Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
            LocalDate today = LocalDate.now(networks.of(event.networkSlug()).timeZone());
            secretariatOf(event.networkSlug(), today, secretariat).forEach((email, locale) -> outbox.put(
                    key("waiting", proposal, event.round(), email), proposal.networkSlug(), email,
                    text("mail.consultation.waiting.subject", proposal, locale), text("mail.consultation.waiting.body", proposal, locale), null));
            return;
        }
        String kind = switch (event.outcome()) {
            case ADOPTED -> "adopted";
            case WITHDRAWN -> "withdrawn";
            default -> "notAdopted";
        };
        Set<String> body = Set.copyOf(proposal.members().stream().map(ProposalView.MemberLine::organisation).toList());
        focalPointsOf(proposal, body).forEach((email, locale) -> outbox.notice(key(kind, proposal, event.round(), email),
                proposal.networkSlug(), email, locale,
                messages.getMessage("mail.consultation." + kind + ".subject", new Object[] {proposal.title(),
                        event.decisionNumber() == null ? "" : event.decisionNumber()}, locale),
                messages.getMessage("mail.consultation." + kind + ".body", new Object[] {proposal.title(),
                        event.decisionNumber() == null ? "" : event.decisionNumber(), messages.getMessage(event.reason(), null, locale),
                        link(proposal)}, locale)));
    }

    /** The focal points of these member organisations of the body consulted, with their working language. */
    private Map<String, Locale> focalPointsOf(ProposalView proposal, Set<String> organisations) {
        Viewer secretariat = Viewer.actingForSecretariatOf(proposal.networkSlug());
        LocalDate today = LocalDate.now(networks.of(proposal.networkSlug()).timeZone());
        List<MemberListEntry> list = proposal.workingGroupId() == null
                ? members.list(proposal.networkSlug(), today, secretariat)
                : groups.group(proposal.networkSlug(), proposal.workingGroupId(), secretariat).members();
        Map<String, Locale> recipients = new LinkedHashMap<>();
        list.stream().filter(m -> organisations.contains(m.acronym()))
                .forEach(m -> m.focalPoints().forEach(f -> recipients.putIfAbsent(f.email(), f.preferredLocale())));
        return recipients;
    }

    private Map<String, Locale> secretariatOf(String networkSlug, LocalDate today, Viewer secretariat) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        members.list(networkSlug, today, secretariat).stream().filter(m -> m.role() == MemberRole.COORDINATOR_SECRETARIAT)
                .forEach(m -> m.focalPoints().forEach(f -> recipients.putIfAbsent(f.email(), f.preferredLocale())));
        return recipients;
    }

    private String text(String key, ProposalView proposal, Locale locale) {
        return messages.getMessage(key, new Object[] {proposal.title(), networks.of(proposal.networkSlug()).name().in(locale),
                messages.getMessage("procedure." + proposal.procedure(), null, locale),
                proposal.deadline() == null ? "—" : WHEN.format(proposal.deadline()) + " (" + proposal.deadline().getZone().getId() + ")",
                link(proposal), proposal.text()}, locale);
    }

    private String link(ProposalView proposal) {
        return baseUrl + "/networks/" + proposal.networkSlug() + "/decisions/" + proposal.id();
    }

    private static String key(String step, ProposalView proposal, int round, String email) {
        return "consultation:" + proposal.id() + ":" + round + ":" + step + ":" + email;
    }
}
