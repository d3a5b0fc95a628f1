package org.kenes.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Puts messages in the outbox; a message with a key already there is not added again. */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final Clock clock;

    Outbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Returns whether the message is new. */
    boolean put(String dedupeKey, String networkSlug, String recipient, String subject, String body, String calendar) {
        if (jdbc.sql("select count(*) from notification_outbox where dedupe_key = ?").param(dedupeKey)
                .query(Integer.class).single() > 0) {
            return false;
        }
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.sql("""
                            insert into notification_outbox (id, dedupe_key, network_slug, recipient, subject, body, calendar, status,
                                                             attempts, next_attempt_at, created_at)
                            values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                    .params(UUID.randomUUID(), dedupeKey, networkSlug, recipient, subject, body, calendar, now, now)
                    .update();
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
