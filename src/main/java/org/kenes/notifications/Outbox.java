package org.kenes.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts messages in the outbox; a message with a key already there is not added again. */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final NotificationPreferences preferences;
    private final Clock clock;

    Outbox(JdbcClient jdbc, NotificationPreferences preferences, Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** A message that asks for action, sent at once. Returns whether the message is new. */
    boolean put(String dedupeKey, String networkSlug, String recipient, String subject, String body, String calendar) {
        return insert(dedupeKey, networkSlug, recipient, subject, body, calendar, "PENDING", null);
    }

    /** A notice that asks for no action: held for the recipient's daily digest if they chose one. */
    boolean notice(String dedupeKey, String networkSlug, String recipient, java.util.Locale locale, String subject, String body) {
        String status = preferences.wantsDigest(recipient) ? "DIGEST" : "PENDING";
        return insert(dedupeKey, networkSlug, recipient, subject, body, null, status, locale.toLanguageTag());
    }

    private boolean insert(String dedupeKey, String networkSlug, String recipient, String subject, String body, String calendar,
                           String status, String locale) {
        Timestamp now = Timestamp.from(clock.instant());
        // "on conflict do nothing": a failed insert would abort the whole transaction on PostgreSQL
        return jdbc.sql("""
                        insert into notification_outbox (id, dedupe_key, cause, network_slug, recipient, subject, body, calendar,
                                                         status, attempts, next_attempt_at, created_at, locale)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                        on conflict do nothing""")
                .params(UUID.randomUUID(), key(dedupeKey), cause(dedupeKey), networkSlug, recipient, subject, body, calendar,
                        status, now, now, locale)
                .update() == 1;
    }

    /** The first two parts of a key: the kind of cause and its id. */
    static String cause(String dedupeKey) {
        String[] parts = dedupeKey.split(":", 3);
        return parts.length < 2 ? parts[0] : parts[0] + ":" + parts[1];
    }

    /** Keys name their cause ("meeting:<id>:0:request:<e-mail>"); stored as a hash, so any length fits. */
    static String key(String dedupeKey) {
        return org.kenes.shared.Hashes.sha256Hex(dedupeKey);
    }
}
