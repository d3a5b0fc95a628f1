package org.kenes.meetings;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.property.Method;
import org.kenes.identity.Accounts;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.shared.ViewerSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's calendar subscription: subscribe once, and every meeting they may see (updates and cancellations
 * included) follows. The link carries a secret token; resetting it makes the old link useless. The feed is built
 * for the person as they are now, so a lost role removes meetings from it.
 */
@Service
@Transactional
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int PER_NETWORK = 500;

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final MeetingCalendar calendar;
    private final NetworkConfigurations networks;
    private final Accounts accounts;
    private final ViewerSource viewers;
    private final Clock clock;

    CalendarFeeds(JdbcClient jdbc, Meetings meetings, MeetingCalendar calendar, NetworkConfigurations networks, Accounts accounts,
                  ViewerSource viewers, Clock clock) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.calendar = calendar;
        this.networks = networks;
        this.accounts = accounts;
        this.viewers = viewers;
        this.clock = clock;
    }

    /** Creates (or replaces) the person's secret link; returns the token, shown to them once. */
    public String reset(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new org.springframework.security.access.AccessDeniedException("Sign in to subscribe to meetings");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("delete from meeting_calendar_feed where account_id = ?").param(viewer.accountId()).update();
        jdbc.sql("insert into meeting_calendar_feed (account_id, token_hash, created_at) values (?, ?, ?)")
                .params(viewer.accountId(), hash(token), Timestamp.from(clock.instant())).update();
        return token;
    }

    @Transactional(readOnly = true)
    public boolean has(Viewer viewer) {
        return !viewer.isAnonymous() && jdbc.sql("select count(*) from meeting_calendar_feed where account_id = ?")
                .param(viewer.accountId()).query(Integer.class).single() > 0;
    }

    /** The calendar of the token's owner, or empty for an unknown (or reset) token or a disabled account. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        return jdbc.sql("select account_id from meeting_calendar_feed where token_hash = ?").param(hash(token))
                .query(UUID.class).optional()
                .flatMap(accounts::find)
                .filter(org.kenes.identity.AccountSummary::enabled)
                .map(account -> viewers.viewerOf(account.id(), account.username(), account.platformAdmin()))
                .map(viewer -> {
                    List<MeetingView> shown = new ArrayList<>();
                    for (var network : networks.all()) {
                        shown.addAll(meetings.visible(network.slug(), viewer, PageRequest.of(0, PER_NETWORK)).getContent());
                    }
                    return calendar.calendar(shown, new Method(Method.VALUE_PUBLISH));
                });
    }

    private static String hash(String token) {
        return org.kenes.shared.Hashes.sha256Hex(token);
    }
}
