package org.kenes.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Locale;
import org.kenes.identity.AccountSummary;
import org.kenes.identity.Accounts;
import org.kenes.library.Library;
import org.kenes.library.LibraryItemView;
import org.kenes.membership.NetworkPeople;
import org.kenes.membership.NetworkPeople.NetworkPerson;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.shared.ViewerSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a week, each person of each network who has not switched it off receives one e-mail listing what was shared
 * in that network's library in the past seven days, of what <em>they</em> may see: the items are read with the
 * person's own {@link Viewer}, built as for their signed-in pages, never the secretariat's. Nothing new, no e-mail.
 * The message's outbox key names the network, the ISO week and the account, so a person receives it once a week per
 * network, however often it is composed, after a restart or on several nodes.
 */
@Component
class WeeklyLibraryDigest {

    private static final Logger log = LoggerFactory.getLogger(WeeklyLibraryDigest.class);
    private static final Duration WINDOW = Duration.ofDays(7);
    /** Keeps the e-mail well inside the outbox's body size; the updates page has the rest. */
    private static final int ITEMS_PER_DIGEST = 25;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final NetworkConfigurations networks;
    private final NetworkPeople people;
    private final Accounts accounts;
    private final ViewerSource viewers;
    private final Library library;
    private final NotificationPreferences preferences;
    private final Outbox outbox;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String baseUrl;
    private final boolean enabled;

    WeeklyLibraryDigest(NetworkConfigurations networks, NetworkPeople people, Accounts accounts, ViewerSource viewers, Library library,
                        NotificationPreferences preferences, Outbox outbox, MessageSource messages, TransactionTemplate transaction,
                        Clock clock, @Value("${kenes.base-url:http://localhost:8080}") String baseUrl,
                        @Value("${kenes.notifications.sender.enabled:true}") boolean enabled) {
        this.networks = networks;
        this.people = people;
        this.accounts = accounts;
        this.viewers = viewers;
        this.library = library;
        this.preferences = preferences;
        this.outbox = outbox;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.enabled = enabled;
    }

    // Monday 03:00 UTC: early Monday morning in Central Asia, an hour after the daily digest
    @Scheduled(cron = "${kenes.library.weekly-digest-schedule:0 0 3 * * MON}", zone = "UTC")
    void onSchedule() {
        if (enabled) {
            compose();
        }
    }

    /** Writes this week's digests that are not written yet; returns how many were written now. */
    int compose() {
        Instant now = clock.instant();
        Instant since = now.minus(WINDOW);
        String week = isoWeek(now);
        int written = 0;
        for (var summary : networks.all()) {
            String slug = summary.slug();
            List<NetworkPerson> recipients = people.withAccounts(slug, Viewer.actingForSecretariatOf(slug));
            for (NetworkPerson person : recipients) {
                try {
                    Boolean sent = transaction.execute(status -> composeFor(slug, person, since, now, week));
                    written += Boolean.TRUE.equals(sent) ? 1 : 0;
                } catch (RuntimeException e) {
                    // one person's digest must not stop the others'; it is written at the next composing this week
                    log.error("The weekly library digest of '{}' for account {} could not be written", slug, person.accountId(), e);
                }
            }
        }
        if (written > 0) {
            log.info("{} weekly library digests written for {}", written, week);
        }
        return written;
    }

    private boolean composeFor(String slug, NetworkPerson person, Instant since, Instant now, String week) {
        if (!preferences.wantsWeeklyLibraryDigest(person.accountId())) {
            return false;
        }
        AccountSummary account = accounts.find(person.accountId()).filter(AccountSummary::enabled).orElse(null);
        if (account == null) {
            return false;
        }
        // the person's own viewer: what they would see signed in today, and nothing more
        Viewer viewer = viewers.viewerOf(account.id(), account.username(), account.platformAdmin());
        List<LibraryItemView> items = library.sharedSince(slug, since, viewer, ITEMS_PER_DIGEST + 1).stream()
                .filter(item -> item.createdAt().isBefore(now)) // shared while composing: next week's
                .toList();
        if (items.isEmpty()) {
            return false;
        }
        boolean more = items.size() > ITEMS_PER_DIGEST;
        List<LibraryItemView> shown = more ? items.subList(0, ITEMS_PER_DIGEST) : items;
        NetworkConfiguration network = networks.of(slug);
        Locale locale = person.locale();
        ZoneId zone = network.timeZone();
        String updates = baseUrl + "/networks/" + slug + "/library/updates";
        StringBuilder body = new StringBuilder(messages.getMessage("mail.libraryDigest.intro", new Object[] {
                network.name().in(locale), DAY.format(since.atZone(zone)), DAY.format(now.atZone(zone))}, locale));
        for (LibraryItemView item : shown) {
            body.append("\n\n").append(messages.getMessage("mail.libraryDigest.item", new Object[] {item.title(),
                    messages.getMessage("library.kind." + item.kind(), null, locale), item.organisation(),
                    DAY.format(item.createdAt().atZone(zone)), baseUrl + "/networks/" + slug + "/library/" + item.id()}, locale));
        }
        if (more) {
            body.append("\n\n").append(messages.getMessage("mail.libraryDigest.more", new Object[] {updates}, locale));
        }
        body.append("\n\n").append(messages.getMessage("mail.libraryDigest.footer", new Object[] {updates,
                network.name().in(locale), baseUrl + "/profile/notifications"}, locale));
        String subject = messages.getMessage("mail.libraryDigest.subject", new Object[] {network.shortName().in(locale),
                more ? ITEMS_PER_DIGEST + "+" : String.valueOf(shown.size())}, locale);
        return outbox.put(key(slug, week, person), slug, person.email(), subject, body.toString(), null);
    }

    /** Once per network, ISO week and account: the outbox keeps one message per key. */
    static String key(String slug, String week, NetworkPerson person) {
        return "library-digest:" + slug + ":" + week + ":" + person.accountId();
    }

    /** The ISO week of a moment in UTC, as "2026-W07". */
    static String isoWeek(Instant moment) {
        ZonedDateTime utc = moment.atZone(ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%d-W%02d", utc.get(IsoFields.WEEK_BASED_YEAR), utc.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
