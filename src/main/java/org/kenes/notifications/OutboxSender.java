package org.kenes.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what is due in the outbox. Each message is first claimed with a conditional update, so on several nodes
 * only one sends it; a refused message waits longer each time (up to an hour) and is tried again.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 48;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Clock clock;
    private final String sender;
    private final boolean enabled;

    OutboxSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Clock clock,
                 @Value("${kenes.mail.from:kenes@localhost}") String sender,
                 @Value("${kenes.notifications.sender.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.sender = sender;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${kenes.notifications.send-interval:PT20S}")
    void onSchedule() {
        if (enabled) {
            sendDue();
        }
    }

    /** Sends every message that is due; returns how many went out. */
    int sendDue() {
        JavaMailSender smtp = mail.getIfAvailable();
        if (smtp == null) {
            return 0;
        }
        // claims older than ten minutes belong to a node that stopped while sending: try those messages again
        jdbc.sql("update notification_outbox set status = 'PENDING' where status = 'SENDING' and claimed_at < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofMinutes(10)))).update();
        int sent = 0;
        List<UUID> due;
        do {
            // a refused message is put off into the future, so this ends even while the server is down
            due = jdbc.sql("""
                            select id from notification_outbox where status = 'PENDING' and next_attempt_at <= ?
                            order by next_attempt_at limit ?""")
                    .params(Timestamp.from(clock.instant()), BATCH).query(UUID.class).list();
            for (UUID id : due) {
                if (claim(id) && send(smtp, id)) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        return sent;
    }

    private boolean claim(UUID id) {
        return jdbc.sql("update notification_outbox set status = 'SENDING', claimed_at = ? where id = ? and status = 'PENDING'")
                .params(Timestamp.from(clock.instant()), id).update() == 1;
    }

    private boolean send(JavaMailSender smtp, UUID id) {
        Message message = jdbc.sql("select recipient, subject, body, calendar, attempts from notification_outbox where id = ?")
                .param(id).query((rs, row) -> new Message(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5))).single();
        try {
            smtp.send(mime(smtp, message));
            jdbc.sql("update notification_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1 where id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
            return true;
        } catch (MessagingException | RuntimeException e) {
            int attempts = message.attempts() + 1;
            Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
            jdbc.sql("""
                            update notification_outbox set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?
                            where id = ?""")
                    .params(attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", attempts,
                            Timestamp.from(clock.instant().plus(wait)), truncate(e.getMessage()), id)
                    .update();
            log.warn("E-mail to {} not sent (attempt {}), will retry in {}: {}", message.recipient(), attempts, wait, e.getMessage());
            return false;
        }
    }

    private MimeMessage mime(JavaMailSender smtp, Message message) throws MessagingException {
        MimeMessage mime = smtp.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, message.calendar() != null, "UTF-8");
        helper.setFrom(sender);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body());
        if (message.calendar() != null) {
            String method = message.calendar().contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
            helper.addAttachment("meeting.ics", new ByteArrayResource(message.calendar().getBytes(StandardCharsets.UTF_8)),
                    "text/calendar; method=" + method + "; charset=UTF-8");
        }
        return mime;
    }

    private static String truncate(String text) {
        return text == null ? null : text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private record Message(String recipient, String subject, String body, String calendar, int attempts) {
    }
}
