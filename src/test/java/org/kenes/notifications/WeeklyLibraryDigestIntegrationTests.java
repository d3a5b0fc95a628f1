package org.kenes.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kenes.identity.Accounts;
import org.kenes.library.ItemForm;
import org.kenes.library.ItemKind;
import org.kenes.library.Library;
import org.kenes.library.NewItem;
import org.kenes.membership.NetworkPeople;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The weekly library digest: each person of the network receives what was shared in the past seven days that they
 * may see (a unique marker in each item's title is looked for in every mail), once per ISO week however often it is
 * composed, nothing when nothing is new, and nothing once they switched it off. Each test works weeks ahead on the
 * {@link TestClock}, in a week of its own, so its digests and items are its own.
 */
@KenesIntegrationTest
class WeeklyLibraryDigestIntegrationTests {

    private static final String KZ = "kazakhstan";

    @Autowired MockMvc mvc;
    @Autowired Library library;
    @Autowired WeeklyLibraryDigest digest;
    @Autowired NetworkPeople people;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    @AfterEach
    void backToNow() {
        TestClock.reset();
    }

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    /** The address the digest goes to: the person's work address in the network. */
    private String emailOf(String username) {
        UUID account = accounts.findByUsername(username).orElseThrow().id();
        return people.withAccounts(KZ, Viewer.actingForSecretariatOf(KZ)).stream().filter(p -> p.accountId().equals(account))
                .findFirst().orElseThrow(() -> new AssertionError(username + " is no person of " + KZ)).email();
    }

    /**
     * Moves to a week of this test's own, far from the others' and from today: to its Wednesday noon (UTC), so that
     * the hours a test moves on stay in the same ISO week.
     */
    private static void weeksAhead(int weeks) {
        java.time.Instant wednesday = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).plusWeeks(weeks)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY))
                .withHour(12).truncatedTo(java.time.temporal.ChronoUnit.HOURS).toInstant();
        TestClock.reset();
        TestClock.advance(Duration.between(java.time.Instant.now(), wednesday));
    }

    /** Shares an item at a level; its date lies in the past, so the library's list (by item date) is not disturbed. */
    private UUID share(InformationLevel level, String title) {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID group = level == InformationLevel.WORKING_GROUP
                ? jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                        .query(UUID.class).single()
                : null;
        UUID item = library.share(KZ, new NewItem(ItemForm.UPDATE, ItemKind.UPDATE, title, "What happened: " + title, null, "IOM",
                LocalDate.of(2020, 1, 15), "en", null, group), null, secretariat);
        if (level == InformationLevel.PUBLIC) {
            library.approvePublication(KZ, item, viewer("kazakhstan-cochair"));
        }
        if (level == InformationLevel.PARTNERS || level == InformationLevel.PUBLIC) {
            library.level(KZ, item, level, null, library.item(KZ, item, secretariat).version(), secretariat);
        }
        return item;
    }

    /** The mails one address received that carry this test's run marker. */
    private static List<String> mailsTo(String recipient, String run) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(recipient))
                .map(m -> subject(m) + "\n" + body(m))
                .filter(text -> text.contains(run))
                .toList();
    }

    @Test
    void eachPersonReceivesExactlyTheItemsTheyMaySee() throws Exception {
        weeksAhead(200);
        String run = "RUN-" + UUID.randomUUID().toString().substring(0, 8);
        Map<InformationLevel, String> markers = Map.of(
                InformationLevel.INTERNAL, run + "-INTERNAL",
                InformationLevel.PARTNERS, run + "-PARTNERS",
                InformationLevel.WORKING_GROUP, run + "-WORKING-GROUP",
                InformationLevel.PUBLIC, run + "-PUBLIC");
        Map<InformationLevel, UUID> items = new java.util.EnumMap<>(InformationLevel.class);
        markers.forEach((level, marker) -> items.put(level, share(level, "Border update " + marker)));
        // shared a little earlier than the digest is composed
        TestClock.advance(Duration.ofHours(1));

        assertThat(digest.compose()).isPositive();
        assertThat(Mailroom.deliver(context)).isPositive();

        // who may see what: UNDP's focal point is in the labour migration group, and so is the ministry (an external
        // partner); the co-chair and the observer are not; the secretariat sees every group
        Map<String, List<InformationLevel>> sees = Map.of(
                "kazakhstan-secretariat", List.of(InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.WORKING_GROUP, InformationLevel.PUBLIC),
                "kazakhstan-cochair", List.of(InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.PUBLIC),
                "kazakhstan-member", List.of(InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.WORKING_GROUP, InformationLevel.PUBLIC),
                "kazakhstan-partner", List.of(InformationLevel.PARTNERS, InformationLevel.WORKING_GROUP, InformationLevel.PUBLIC),
                "kazakhstan-observer", List.of(InformationLevel.PARTNERS, InformationLevel.PUBLIC));
        List<String> wrong = new java.util.ArrayList<>();
        sees.forEach((person, levels) -> {
            List<String> mails = mailsTo(emailOf(person), run);
            if (mails.size() != 1) {
                wrong.add(person + " received " + mails.size() + " digests");
                return;
            }
            String mail = mails.getFirst();
            markers.forEach((level, marker) -> {
                if (mail.contains(marker) != levels.contains(level)) {
                    wrong.add(person + (levels.contains(level) ? " misses " : " was sent ") + marker);
                }
            });
            // each item the person may see comes with its link
            levels.forEach(level -> {
                if (!mail.contains("/networks/kazakhstan/library/" + items.get(level))) {
                    wrong.add(person + " has no link to " + markers.get(level));
                }
            });
        });
        assertThat(wrong).isEmpty();

        // the member works in Russian, and her digest is in Russian, with the updates page and the way to switch it off
        String member = mailsTo(emailOf("kazakhstan-member"), run).getFirst();
        assertThat(member).contains("новое в библиотеке за неделю", "/networks/kazakhstan/library/updates", "/profile/notifications");
        // and nobody of the other network hears of this network's items
        for (String person : List.of("turkmenistan-secretariat", "turkmenistan-member", "turkmenistan-partner")) {
            UUID account = accounts.findByUsername(person).orElseThrow().id();
            people.withAccounts("turkmenistan", Viewer.actingForSecretariatOf("turkmenistan")).stream()
                    .filter(p -> p.accountId().equals(account))
                    .forEach(p -> assertThat(mailsTo(p.email(), run)).as(person).isEmpty());
        }
    }

    @Test
    void nobodyReceivesTheSameWeeksDigestTwiceHoweverOftenItIsComposed() throws Exception {
        // given an internal item shared on Wednesday at noon
        weeksAhead(210);
        String run = "RUN-" + UUID.randomUUID().toString().substring(0, 8);
        share(InformationLevel.INTERNAL, "Seasonal work quotas " + run + "-FIRST");

        // when two nodes compose at once at 13:00, and once more at 14:00 (after a restart, say), with something new
        // shared in between
        TestClock.advance(Duration.ofHours(1));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(digest::compose);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(digest::compose);
        int written = one.get() + two.get();
        TestClock.advance(Duration.ofHours(1));
        share(InformationLevel.INTERNAL, "Remittance costs " + run + "-LATER");
        assertThat(digest.compose()).isZero();
        Mailroom.deliver(context);

        // then each member has one digest for the week, with what was new when it was composed
        String address = emailOf("kazakhstan-member");
        List<String> mails = mailsTo(address, run);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst()).contains(run + "-FIRST").doesNotContain(run + "-LATER");
        assertThat(mailsTo(emailOf("kazakhstan-cochair"), run)).hasSize(1);
        assertThat(written).isEqualTo(jdbc.sql("select count(*) from notification_outbox where cause = 'library-digest:kazakhstan' and body like ?")
                .param("%" + run + "%").query(Integer.class).single());

        // and next week's digest, composed on Wednesday at 13:00, brings the seven days since: what came later
        TestClock.advance(Duration.ofDays(7).minusHours(1));
        assertThat(digest.compose()).isPositive();
        Mailroom.deliver(context);
        mails = mailsTo(address, run);
        assertThat(mails).hasSize(2);
        assertThat(mails).anySatisfy(mail -> assertThat(mail).contains(run + "-LATER").doesNotContain(run + "-FIRST"));
    }

    @Test
    void nothingNewMeansNoMail() {
        // given a week in which nothing was shared
        weeksAhead(220);
        int before = TestMailServer.get().getReceivedMessages().length;

        // when the digest is composed, then no digest is written, and none is sent
        assertThat(digest.compose()).isZero();
        Mailroom.deliver(context);
        assertThat(Arrays.stream(TestMailServer.get().getReceivedMessages()).skip(before)
                .filter(m -> recipient(m).equalsIgnoreCase(emailOf("kazakhstan-member")))).isEmpty();
    }

    @Test
    void aPersonWhoSwitchedItOffReceivesNothing() throws Exception {
        // given the observer switches the weekly library digest off under Profile → E-mail
        mvc.perform(get("/profile/notifications").with(signedInAs(users, "kazakhstan-observer")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("weeklyLibraryDigest")));
        mvc.perform(post("/profile/notifications/library-digest").param("weeklyLibraryDigest", "false")
                        .with(signedInAs(users, "kazakhstan-observer")).with(csrf()))
                .andExpect(flash().attribute("flash", "notifications.libraryDigest.off"));
        try {
            weeksAhead(230);
            String run = "RUN-" + UUID.randomUUID().toString().substring(0, 8);
            share(InformationLevel.PARTNERS, "Consular services " + run);
            TestClock.advance(Duration.ofHours(1));

            // when the digest is composed and sent
            assertThat(digest.compose()).isPositive();
            Mailroom.deliver(context);

            // then the observer has none, while the partner, who may see the same item, has it
            assertThat(mailsTo(emailOf("kazakhstan-observer"), run)).isEmpty();
            assertThat(mailsTo(emailOf("kazakhstan-partner"), run)).hasSize(1);
        } finally {
            TestClock.reset();
            mvc.perform(post("/profile/notifications/library-digest").param("weeklyLibraryDigest", "true")
                            .with(signedInAs(users, "kazakhstan-observer")).with(csrf()))
                    .andExpect(flash().attribute("flash", "notifications.libraryDigest.on"));
        }
    }

    @Test
    void onlySignedInPeopleChoose() throws Exception {
        mvc.perform(post("/profile/notifications/library-digest").param("weeklyLibraryDigest", "false").with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theWeekIsTheIsoWeek() {
        assertThat(WeeklyLibraryDigest.isoWeek(java.time.Instant.parse("2027-01-03T23:00:00Z"))).isEqualTo("2026-W53");
        assertThat(WeeklyLibraryDigest.isoWeek(java.time.Instant.parse("2027-01-04T03:00:00Z"))).isEqualTo("2027-W01");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
