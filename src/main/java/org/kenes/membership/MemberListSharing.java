package org.kenes.membership;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.Viewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "IOM will maintain the member list and share it regularly": the secretariat sends the list to every focal point
 * and co-chair, and the network sends it by itself once per period of its configured cadence. Every sending is kept
 * as a dated snapshot with the PDF that went out.
 */
@Service
public class MemberListSharing {

    private static final Logger log = LoggerFactory.getLogger(MemberListSharing.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Members members;
    private final MemberListQueries queries;
    private final MemberListExports exports;
    private final NetworkConfigurations networks;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String sender;
    private final String baseUrl;

    MemberListSharing(Members members, MemberListQueries queries, MemberListExports exports, NetworkConfigurations networks,
                      JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource messages,
                      ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock,
                      @Value("${kenes.mail.from:kenes@localhost}") String sender,
                      @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.members = members;
        this.queries = queries;
        this.exports = exports;
        this.networks = networks;
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.sender = sender;
        this.baseUrl = baseUrl;
    }

    /** The secretariat shares the list now; returns the number of people it went to. */
    @Transactional
    public int shareNow(String networkSlug, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        return share(networkSlug, null, Actors.current()).orElseThrow();
    }

    /** Sends each network's list once per period of its cadence; safe on several nodes and across restarts. */
    @Scheduled(cron = "${kenes.membership.share-schedule:0 7 * * * *}")
    public void shareOnCadence() {
        if (mail.getIfAvailable() == null) {
            return; // a period is used up only by a sending that can reach people
        }
        for (var summary : networks.all()) {
            NetworkConfiguration network = networks.of(summary.slug());
            String period = network.memberListSharing().periodOf(LocalDate.now(clock.withZone(network.timeZone())));
            if (period == null || alreadyShared(network.slug(), period)) {
                continue;
            }
            try {
                transaction.executeWithoutResult(status -> share(network.slug(), period, Actors.SYSTEM));
            } catch (RuntimeException e) {
                log.error("The member list of '{}' could not be shared for {}", network.slug(), period, e);
            }
        }
    }

    private boolean alreadyShared(String networkSlug, String period) {
        return jdbc.sql("select count(*) from membership_list_share where network_slug = ? and scheduled_period = ?")
                .params(networkSlug, period).query(Integer.class).single() > 0;
    }

    /** Empty when this period was already shared (by this node before a restart, or by another node). */
    private java.util.Optional<Integer> share(String networkSlug, String period, String actor) {
        NetworkConfiguration network = networks.of(networkSlug);
        LocalDate today = LocalDate.now(clock.withZone(network.timeZone()));
        List<MemberListEntry> list = queries.asOf(networkSlug, null, today);
        List<CoChair> coChairs = queries.coChairs(networkSlug, today);
        byte[] english = exports.pdf(network, today, list, coChairs, Locale.ENGLISH);
        byte[] russian = exports.pdf(network, today, list, coChairs, RUSSIAN);
        Map<String, Locale> recipients = recipients(list, coChairs);
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into membership_list_share (id, network_slug, as_of, shared_at, shared_by, scheduled_period,
                                                               recipients, pdf_en, pdf_ru)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, networkSlug, Date.valueOf(today), Timestamp.from(clock.instant()), actor, period,
                            recipients.size(), english, russian)
                    .update();
        } catch (DuplicateKeyException alreadyShared) {
            return java.util.Optional.empty();
        }
        send(network, today, recipients, english, russian);
        events.publishEvent(new MemberListShared(networkSlug, id, today, recipients.size(), period, actor));
        log.info("Member list of '{}' shared with {} people{}", networkSlug, recipients.size(),
                period == null ? "" : " for " + period);
        return java.util.Optional.of(recipients.size());
    }

    /** Every current focal point of a member organisation, and the co-chairs, each in their first working language if Kenes speaks it. */
    private static Map<String, Locale> recipients(List<MemberListEntry> list, List<CoChair> coChairs) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        for (MemberListEntry member : list) {
            if (!member.role().isMember()) {
                continue; // the list is internal: external partners and observers do not receive it
            }
            for (MemberListEntry.FocalPointEntry focalPoint : member.focalPoints()) {
                recipients.putIfAbsent(focalPoint.email(), focalPoint.preferredLocale());
            }
        }
        coChairs.forEach(coChair -> recipients.putIfAbsent(coChair.email(), Locale.ENGLISH));
        return recipients;
    }


    private void send(NetworkConfiguration network, LocalDate day, Map<String, Locale> recipients, byte[] english,
                      byte[] russian) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.warn("No SMTP server is configured (spring.mail.host): the member list of '{}' was recorded but not e-mailed",
                    network.slug());
            return;
        }
        List<MimeMessage> messagesToSend = new ArrayList<>();
        for (Map.Entry<String, Locale> recipient : recipients.entrySet()) {
            Locale locale = recipient.getValue();
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
                helper.setFrom(this.sender);
                helper.setTo(recipient.getKey());
                String date = day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
                helper.setSubject(messages.getMessage("members.share.mail.subject", new Object[] {network.shortName().in(locale), date}, locale));
                helper.setText(messages.getMessage("members.share.mail.body", new Object[] {network.name().in(locale), date,
                        baseUrl + "/networks/" + network.slug() + "/members"}, locale));
                helper.addAttachment("member-list-" + network.slug() + "-" + day + ".pdf",
                        new ByteArrayResource(locale.equals(RUSSIAN) ? russian : english), "application/pdf");
                messagesToSend.add(message);
            } catch (MessagingException e) {
                throw new IllegalStateException("Could not build the member list e-mail", e);
            }
        }
        // each message on its own: one refused address must not stop the others, nor make them receive it twice
        int failed = 0;
        for (MimeMessage message : messagesToSend) {
            try {
                sender.send(message);
            } catch (MailException e) {
                failed++;
                log.warn("The member list of '{}' could not be e-mailed to one recipient: {}", network.slug(), e.getMessage());
            }
        }
        if (failed == messagesToSend.size() && failed > 0) {
            throw new MailNotSent(new IllegalStateException("the mail server accepted none of " + failed + " messages"));
        }
    }

    @Transactional(readOnly = true)
    public List<Snapshot> snapshots(String networkSlug, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        return jdbc.sql("""
                        select id, as_of, shared_at, shared_by, scheduled_period, recipients from membership_list_share
                         where network_slug = ? order by shared_at desc limit 200""")
                .param(networkSlug)
                .query((rs, row) -> new Snapshot(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getString(5), rs.getInt(6)))
                .list();
    }

    @Transactional(readOnly = true)
    public byte[] snapshotPdf(String networkSlug, UUID id, Locale locale, Viewer viewer) {
        MemberListAccess.requireSecretariat(viewer, networkSlug);
        String column = "ru".equals(locale.getLanguage()) ? "pdf_ru" : "pdf_en";
        return jdbc.sql("select " + column + " from membership_list_share where network_slug = ? and id = ?")
                .params(networkSlug, id).query(byte[].class).optional()
                .orElseThrow(() -> new SnapshotNotFound(id));
    }

    /** A member list that was sent, kept with its PDF. */
    public record Snapshot(UUID id, LocalDate asOf, Instant sharedAt, String sharedBy, String scheduledPeriod,
                           int recipients) {
    }

    public static class SnapshotNotFound extends org.kenes.shared.NotFoundException {
        SnapshotNotFound(UUID id) {
            super("No shared member list " + id);
        }
    }

    /** The mail server refused; the transaction rolls back, so the sending is tried again (by hand or next hour). */
    public static class MailNotSent extends RuntimeException {
        MailNotSent(Throwable cause) {
            super("The member list could not be e-mailed: " + cause.getMessage(), cause);
        }
    }
}
