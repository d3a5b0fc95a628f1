package org.kenes.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person chooses, for the addresses Kenes writes to them at, immediate mail or a daily digest of the notices
 * that need no action. Mail that asks for action (an agenda to answer, an action point due) is always sent at once.
 * Each person may also switch off the weekly digest of what was shared in the library (on by default).
 */
@Component
class NotificationPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean wantsDigest(String email) {
        return jdbc.sql("select daily_digest from notification_preference where email = ?").param(normal(email))
                .query(Boolean.class).optional().orElse(false);
    }

    boolean anyWantsDigest(Collection<String> emails) {
        return emails.stream().anyMatch(this::wantsDigest);
    }

    /** Sets the choice for all the person's addresses; notices held back are released when mail is wanted at once. */
    @Transactional
    void choose(Collection<String> emails, boolean dailyDigest) {
        Timestamp now = Timestamp.from(clock.instant());
        for (String email : emails) {
            String address = normal(email);
            jdbc.sql("insert into notification_preference (email, daily_digest, updated_at) values (?, ?, ?) on conflict do nothing")
                    .params(address, dailyDigest, now).update();
            jdbc.sql("update notification_preference set daily_digest = ?, updated_at = ? where email = ?")
                    .params(dailyDigest, now, address).update();
            if (!dailyDigest) {
                jdbc.sql("update notification_outbox set status = 'PENDING' where lower(recipient) = ? and status = 'DIGEST'")
                        .param(address).update();
            }
        }
    }

    /** Whether the person receives the weekly library digest: yes unless they switched it off. */
    boolean wantsWeeklyLibraryDigest(java.util.UUID accountId) {
        return jdbc.sql("select weekly from notification_library_digest_choice where account_id = ?").param(accountId)
                .query(Boolean.class).optional().orElse(true);
    }

    /** Switches the weekly library digest on or off for the person (their account, whatever addresses it has). */
    @Transactional
    void chooseWeeklyLibraryDigest(java.util.UUID accountId, boolean weekly) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into notification_library_digest_choice (account_id, weekly, updated_at) values (?, ?, ?) on conflict do nothing")
                .params(accountId, weekly, now).update();
        jdbc.sql("update notification_library_digest_choice set weekly = ?, updated_at = ? where account_id = ?")
                .params(weekly, now, accountId).update();
    }

    static String normal(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
