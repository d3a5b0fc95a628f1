package org.kenes.notifications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.Members;
import org.kenes.membership.WorkingGroups;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.statements.StatementDelivered;
import org.kenes.statements.StatementEndorsed;
import org.kenes.statements.StatementView;
import org.kenes.statements.Statements;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Joint statements by e-mail. Putting a statement to the members is the consultation's own e-mail, not repeated here.
 * Once the members endorsed it, the co-chairs are asked to sign it off (at once: it needs them to act); once delivered,
 * the members of its body are told (a notice, which a person may take in the daily digest). Each message is written
 * once per version, however often the event is handled.
 */
@Component
class StatementNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Statements statements;
    private final Members members;
    private final WorkingGroups groups;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final Outbox outbox;
    private final String baseUrl;

    StatementNotices(Statements statements, Members members, WorkingGroups groups, NetworkConfigurations networks,
                     MessageSource messages, Outbox outbox, @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.statements = statements;
        this.members = members;
        this.groups = groups;
        this.networks = networks;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(StatementEndorsed event) {
        StatementView statement = statements.forNotice(event.networkSlug(), event.statementId());
        if (statement.current().number() != event.version()) {
            return; // a newer version has replaced the one endorsed: it will be endorsed on its own
        }
        String network = event.networkSlug();
        LocalDate today = LocalDate.now(networks.of(network).timeZone());
        // the co-chairs' working language is not recorded: they are written to in the network's first language
        Locale locale = Locale.forLanguageTag(networks.of(network).languages().getFirst());
        members.coChairs(network, today, Viewer.actingForSecretariatOf(network)).stream()
                .filter(c -> c.email() != null)
                .forEach(c -> outbox.put(key("sign-off", event.statementId(), event.version(), c.email()), network, c.email(),
                        messages.getMessage("mail.statement.signOff.subject", new Object[] {statement.title(locale)}, locale),
                        messages.getMessage("mail.statement.signOff.body", new Object[] {statement.title(locale),
                                networks.of(network).name().in(locale), statement.current().number(), link(statement),
                                statement.decisionNumber() == null ? "—" : statement.decisionNumber()}, locale),
                        null));
    }

    @ApplicationModuleListener
    void on(StatementDelivered event) {
        StatementView statement = statements.forNotice(event.networkSlug(), event.statementId());
        String network = event.networkSlug();
        focalPointsOfTheBody(statement).forEach((email, locale) -> outbox.notice(
                key("delivered", event.statementId(), event.version(), email), network, email, locale,
                messages.getMessage("mail.statement.delivered.subject", new Object[] {statement.title(locale)}, locale),
                messages.getMessage("mail.statement.delivered.body", new Object[] {statement.title(locale),
                        networks.of(network).name().in(locale), DAY.format(statement.deliveredOn()), statement.occasion(),
                        link(statement)}, locale)));
    }

    /**
     * The focal points of the member organisations of the statement's body, each in their working language: they may
     * read it whatever its level, as it is theirs.
     */
    private Map<String, Locale> focalPointsOfTheBody(StatementView statement) {
        String network = statement.networkSlug();
        Viewer secretariat = Viewer.actingForSecretariatOf(network);
        LocalDate today = LocalDate.now(networks.of(network).timeZone());
        List<MemberListEntry> list = statement.workingGroupId() == null
                ? members.list(network, today, secretariat)
                : groups.group(network, statement.workingGroupId(), secretariat).members();
        Map<String, Locale> recipients = new LinkedHashMap<>();
        list.stream().filter(m -> m.role().isMember())
                .forEach(m -> m.focalPoints().forEach(f -> recipients.putIfAbsent(f.email(), f.preferredLocale())));
        return recipients;
    }

    private String link(StatementView statement) {
        return baseUrl + "/networks/" + statement.networkSlug() + "/statements/" + statement.id();
    }

    private static String key(String step, java.util.UUID statement, int version, String email) {
        return "statement:" + statement + ":" + version + ":" + step + ":" + email;
    }
}
