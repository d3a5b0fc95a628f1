package org.kenes.notifications;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a day, the notices held for a person become one e-mail. The digest is an outbox message like any other, so
 * it is retried and sent once; each notice is claimed by one digest only, also when two nodes compose at once.
 */
@Component
class DailyDigest {

    /** Keeps a digest well inside the outbox's body size; what is left waits for the next one. */
    private static final int NOTICES_PER_DIGEST = 25;

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    DailyDigest(JdbcClient jdbc, Outbox outbox, MessageSource messages, TransactionTemplate transaction,
                @Value("${kenes.notifications.sender.enabled:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.messages = messages;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    // 02:00 UTC is early morning in Central Asia, before the working day
    @Scheduled(cron = "${kenes.notifications.digest-schedule:0 0 2 * * *}", zone = "UTC")
    void onSchedule() {
        if (enabled) {
            compose();
        }
    }

    /** Gathers every held notice into digests; returns how many digests were written. */
    int compose() {
        List<String> recipients = jdbc.sql("select distinct recipient from notification_outbox where status = 'DIGEST'")
                .query(String.class).list();
        int written = 0;
        for (String recipient : recipients) {
            Integer count;
            do {
                count = transaction.execute(status -> composeFor(recipient));
                written += count == null ? 0 : count;
            } while (count != null && count > 0 && held(recipient) > 0);
        }
        return written;
    }

    private long held(String recipient) {
        return jdbc.sql("select count(*) from notification_outbox where recipient = ? and status = 'DIGEST'").param(recipient)
                .query(Long.class).single();
    }

    /**
     * Claims up to a digest's worth of the recipient's held notices, then writes the digest that carries them. The
     * claim is a conditional update per notice: a notice another node claimed first is not claimed again, so each
     * notice travels in exactly one digest.
     */
    private int composeFor(String recipient) {
        List<Notice> held = jdbc.sql("""
                        select id, subject, body, locale from notification_outbox
                        where recipient = ? and status = 'DIGEST' order by created_at, id limit ?""")
                .params(recipient, NOTICES_PER_DIGEST)
                .query((rs, row) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
        UUID digest = UUID.randomUUID();
        List<Notice> claimed = held.stream().filter(n -> jdbc.sql(
                        "update notification_outbox set status = 'IN_DIGEST', digest_id = ? where id = ? and status = 'DIGEST'")
                .params(digest, n.id()).update() == 1).toList();
        if (claimed.isEmpty()) {
            return 0;
        }
        Locale locale = Locale.forLanguageTag(claimed.getFirst().locale() == null ? "en" : claimed.getFirst().locale());
        String body = messages.getMessage("mail.digest.intro", new Object[] {claimed.size()}, locale) + "\n\n"
                + claimed.stream().map(n -> "— " + n.subject() + "\n\n" + n.body()).collect(Collectors.joining("\n\n"))
                + "\n\n" + messages.getMessage("mail.digest.footer", null, locale);
        outbox.put("digest:" + digest + ":" + recipient, null, recipient,
                messages.getMessage("mail.digest.subject", new Object[] {claimed.size()}, locale), body, null);
        return 1;
    }

    private record Notice(UUID id, String subject, String body, String locale) {
    }
}
