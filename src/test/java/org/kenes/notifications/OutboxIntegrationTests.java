package org.kenes.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kenes.meetings.AgendaCirculated;
import org.kenes.meetings.Meetings;
import org.kenes.meetings.MeetingType;
import org.kenes.meetings.NewAgendaItem;
import org.kenes.meetings.NewMeeting;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@KenesIntegrationTest
class OutboxIntegrationTests {

    @Autowired Meetings meetings;
    @Autowired OutboxSender sender;
    @Autowired MeetingInvitations invitations;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private UUID circulatedMeeting(String title, LocalDate day) {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID id = meetings.plan("kazakhstan", new NewMeeting(MeetingType.EXTRAORDINARY, null, title, day, LocalTime.of(14, 30), 90,
                "UN House, Astana", null, null), secretariat);
        meetings.addAgendaItem("kazakhstan", id, new NewAgendaItem("Situation update", org.kenes.meetings.AgendaPurpose.DISCUSSION, "IOM", 30), secretariat);
        meetings.clearAgenda("kazakhstan", id, viewer("kazakhstan-cochair"));
        meetings.circulateAgenda("kazakhstan", id, secretariat);
        return id;
    }

    /** The outbox is filled after the circulation commits, by the event listener; wait for it. */
    private int outboxRowsFor(UUID meeting, int atLeast) throws InterruptedException {
        int rows = 0;
        for (int i = 0; i < 100 && rows < atLeast; i++) {
            rows = jdbc.sql("select count(*) from notification_outbox where cause = ?").param("meeting:" + meeting)
                    .query(Integer.class).single();
            if (rows < atLeast) {
                Thread.sleep(100);
            }
        }
        return rows;
    }

    private List<MimeMessage> received(String title) {
        return Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> subject(m).contains(title)).toList();
    }

    @Test
    void whenTheMailServerIsDownDuringCirculationEachRecipientStillGetsExactlyOneEmail() throws Exception {
        // given the mail server is down when the secretariat circulates an agenda
        TestMailServer.stop();
        String title = "Consultation on the quota for foreign labour " + UUID.randomUUID().toString().substring(0, 6);
        UUID meeting = circulatedMeeting(title, LocalDate.now().plusDays(14));
        int queued = outboxRowsFor(meeting, 5);
        assertThat(queued).isGreaterThanOrEqualTo(5);

        // when the sender runs while it is down, then nothing is lost: every message waits for another try
        assertThat(sender.sendDue()).isZero();
        assertThat(jdbc.sql("select count(*) from notification_outbox where cause = ? and status = 'PENDING' and attempts = 1")
                .param("meeting:" + meeting).query(Integer.class).single()).isEqualTo(queued);

        // when the server is back, the retry is due, and the sender runs twice (and the event is replayed)
        TestMailServer.get();
        jdbc.sql("update notification_outbox set next_attempt_at = created_at where cause = ?").param("meeting:" + meeting).update();
        invitations.on(new AgendaCirculated("kazakhstan", meeting, 0, false));
        sender.sendDue();
        sender.sendDue();

        // then each recipient has exactly one e-mail about the meeting
        Map<String, Long> perRecipient = received(title).stream()
                .collect(Collectors.groupingBy(OutboxIntegrationTests::recipient, Collectors.counting()));
        assertThat(perRecipient).hasSize(queued).allSatisfy((who, count) -> assertThat(count).as(who).isEqualTo(1));
    }

    @Test
    void theInvitationCarriesACalendarEventThatACancellationReplaces() throws Exception {
        // given a circulated meeting on 9 March 2031, 14:30 in Astana
        String title = "Regional consultation follow-up " + UUID.randomUUID().toString().substring(0, 6);
        UUID meeting = circulatedMeeting(title, LocalDate.of(2031, 3, 9));
        outboxRowsFor(meeting, 5);
        sender.sendDue();

        // then UNDP's focal point, who works in Russian, has it with the invitation another library reads
        MimeMessage invitation = received(title).stream().filter(m -> recipient(m).equals("n.abenov@undp.example")).findFirst().orElseThrow();
        assertThat(subject(invitation)).startsWith("Повестка дня");
        VEvent event = event(invitation);
        assertThat(event.getUid().getValue()).isEqualTo(meeting + "@kenes");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(2031, 3, 9, 14, 30, 0, 0, ZoneId.of("Asia/Almaty")).toInstant());

        // when the meeting is cancelled, then the same event comes again, cancelled, with a higher sequence
        meetings.cancel("kazakhstan", meeting, "The co-chairs are called away", viewer("kazakhstan-secretariat"));
        for (int i = 0; i < 100 && received("Отменено: " + title).isEmpty(); i++) {
            sender.sendDue();
            Thread.sleep(100);
        }
        VEvent cancelled = event(received("Отменено: " + title).stream()
                .filter(m -> recipient(m).equals("n.abenov@undp.example")).findFirst().orElseThrow());
        assertThat(cancelled.getUid().getValue()).isEqualTo(meeting + "@kenes");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    private static VEvent event(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return Biweekly.parse(ics).first().getEvents().getFirst();
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
