package org.kenes.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.meetings.MeetingRequests;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Meeting requests tell the co-chairs, the secretariat and the requester; a person may take the notices that need
 * no action in one e-mail a day, while mail that asks for action still comes at once.
 */
@KenesIntegrationTest
class DailyDigestIntegrationTests {

    private static final String UNDP = "n.abenov@undp.example";

    @Autowired MockMvc mvc;
    @Autowired MeetingRequests requests;
    @Autowired OutboxSender sender;
    @Autowired DailyDigest digest;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private UUID request(String purpose) {
        return requests.request("kazakhstan", new MeetingRequests.NewRequest("UNDP", purpose, "any day next month"),
                viewer("kazakhstan-member"));
    }

    /** The outbox is filled after the commit, by the event listener; wait until a cause has this many messages. */
    private void awaitOutbox(String cause, int atLeast) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            int rows = jdbc.sql("select count(*) from notification_outbox where cause = ?").param(cause).query(Integer.class).single();
            if (rows >= atLeast) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + atLeast + " messages for " + cause);
    }

    private List<MimeMessage> received(String subjectPart, String recipient) throws Exception {
        return Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> subject(m).contains(subjectPart) && recipient(m).equals(recipient)).toList();
    }

    /** The status of the message about a request's step to one recipient, once the listener has written it. */
    private String statusOf(UUID request, String stepAndRecipient) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            var status = jdbc.sql("select status from notification_outbox where dedupe_key = ?")
                    .param(Outbox.key("request:" + request + ":" + stepAndRecipient)).query(String.class).optional();
            if (status.isPresent()) {
                return status.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no message about " + stepAndRecipient);
    }

    @Test
    void theCoChairsAreAskedAtOnceAndTheRequesterLearnsTheAnswer() throws Exception {
        // given UNDP's focal point, who works in Russian, asks for a meeting
        String purpose = "Consultation on remittance costs " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = request(purpose);
        awaitOutbox("request:" + id, 2);
        sender.sendDue();

        // then the co-chairs and the secretariat's focal point have the request
        assertThat(jdbc.sql("select count(*) from notification_outbox where cause = ? and status = 'SENT'").param("request:" + id)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(2);

        // when a co-chair accepts it, then the requester is told, in Russian, with the link to the extraordinary meeting
        UUID meeting = requests.accept("kazakhstan", id, new MeetingRequests.Acceptance(LocalDate.of(2031, 6, 2), LocalTime.of(10, 0),
                "UN House"), viewer("kazakhstan-cochair"));
        statusOf(id, "accepted:" + UNDP);
        sender.sendDue();
        List<MimeMessage> answer = received("Запрос о заседании принят: " + purpose, UNDP);
        assertThat(answer).hasSize(1);
        assertThat(((String) answer.getFirst().getContent())).contains(purpose).contains(meeting.toString());
    }

    @Test
    void aPersonWhoChoseTheDailyDigestGetsNoticesInOneMailAndActionsAtOnce() throws Exception {
        // given UNDP's focal point chooses the daily digest in the profile
        mvc.perform(get("/profile/notifications").with(signedInAs(users, "kazakhstan-member")))
                .andExpect(status().isOk());
        mvc.perform(post("/profile/notifications").param("dailyDigest", "true").with(signedInAs(users, "kazakhstan-member")).with(csrf()))
                .andExpect(flash().attribute("flash", "notifications.digest.chosen"));
        try {
            // when two of her requests are declined by a co-chair
            String first = "Briefing on seasonal work " + UUID.randomUUID().toString().substring(0, 6);
            String second = "Briefing on family reunification " + UUID.randomUUID().toString().substring(0, 6);
            UUID one = request(first);
            UUID two = request(second);
            requests.decline("kazakhstan", one, "Covered by the next regular meeting", viewer("kazakhstan-cochair"));
            requests.decline("kazakhstan", two, "Covered by the next regular meeting", viewer("kazakhstan-cochair"));
            statusOf(two, "declined:" + UNDP);
            sender.sendDue();

            // then the answers wait for her digest, while the co-chairs' requests went out at once
            assertThat(statusOf(one, "declined:" + UNDP)).isEqualTo("DIGEST");
            assertThat(received("Запрос о заседании отклонён: " + first, UNDP)).isEmpty();

            // when the day's digest is composed and sent, then she has one e-mail with both answers
            assertThat(digest.compose()).isGreaterThanOrEqualTo(1);
            sender.sendDue();
            List<MimeMessage> digests = received("ежедневная сводка", UNDP);
            assertThat(digests).hasSize(1);
            assertThat((String) digests.getFirst().getContent()).contains(first).contains(second).contains("Covered by the next regular meeting");
            assertThat(statusOf(one, "declined:" + UNDP)).isEqualTo("IN_DIGEST");

            // and composing again writes nothing more: each notice travels in one digest
            assertThat(digest.compose()).isZero();
        } finally {
            mvc.perform(post("/profile/notifications").param("dailyDigest", "false").with(signedInAs(users, "kazakhstan-member")).with(csrf()))
                    .andExpect(flash().attribute("flash", "notifications.immediate.chosen"));
        }
    }

    @Test
    void switchingBackToImmediateMailReleasesTheHeldNotices() throws Exception {
        // given the digest is chosen and a declined request waits for it
        mvc.perform(post("/profile/notifications").param("dailyDigest", "true").with(signedInAs(users, "kazakhstan-member")).with(csrf()));
        String purpose = "Briefing on consular support " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = request(purpose);
        requests.decline("kazakhstan", id, "Not this quarter", viewer("kazakhstan-cochair"));
        assertThat(statusOf(id, "declined:" + UNDP)).isEqualTo("DIGEST");

        // when she switches back to immediate e-mails, then the held notice is sent at the next run
        mvc.perform(post("/profile/notifications").param("dailyDigest", "false").with(signedInAs(users, "kazakhstan-member")).with(csrf()));
        sender.sendDue();
        assertThat(received("Запрос о заседании отклонён: " + purpose, UNDP)).hasSize(1);
    }

    @Test
    void theSettingsAreForSignedInPeople() throws Exception {
        mvc.perform(get("/profile/notifications")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/profile/notifications").param("dailyDigest", "true").with(csrf())).andExpect(status().is3xxRedirection());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
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
