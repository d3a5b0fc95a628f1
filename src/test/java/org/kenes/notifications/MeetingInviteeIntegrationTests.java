package org.kenes.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kenes.meetings.AgendaPurpose;
import org.kenes.meetings.Invitee;
import org.kenes.meetings.MeetingType;
import org.kenes.meetings.Meetings;
import org.kenes.meetings.NewAgendaItem;
import org.kenes.meetings.NewMeeting;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Organisations invited beyond the body: they see the meeting they were invited to and no other, and receive its
 * invitation; a working group's meeting reaches the group, not the whole network; a moved meeting sends an update.
 */
@KenesIntegrationTest
class MeetingInviteeIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Meetings meetings;
    @Autowired OutboxSender sender;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private int statusOf(String path, String person) throws Exception {
        return mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(signedInAs(users, person))).andReturn().getResponse().getStatus();
    }

    /** An organisation the secretariat may still invite to the meeting. */
    private UUID invitable(UUID meeting, String acronym) {
        return meetings.invitable("kazakhstan", meeting, viewer("kazakhstan-secretariat")).stream()
                .filter(i -> i.acronym().equals(acronym)).map(Invitee::organisationId).findFirst().orElseThrow();
    }

    /** Sends what is due until messages with this subject stop arriving; the outbox is filled after the commit. */
    private List<MimeMessage> received(String subjectPart, int atLeast) throws Exception {
        List<MimeMessage> found = List.of();
        for (int i = 0; i < 100 && found.size() < atLeast; i++) {
            sender.sendDue();
            found = Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).toList();
            if (found.size() < atLeast) {
                Thread.sleep(100);
            }
        }
        return found;
    }

    @Test
    void anExternalPartnerSeesTheAnnualMeetingOnlyOnceItsOrganisationIsInvited() throws Exception {
        // given a new Annual Network Meeting of Kazakhstan, nobody invited yet
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID annual = meetings.plan("kazakhstan", new NewMeeting(MeetingType.ANNUAL_NETWORK_MEETING, null, "Annual Network Meeting 2031",
                LocalDate.of(2031, 12, 3), LocalTime.of(10, 0), 240, "Astana", null, null), secretariat);
        String page = "/networks/kazakhstan/meetings/" + annual;

        // then the Ministry of Labour's focal point (an external partner) does not see it, in the page or the list
        assertThat(statusOf(page, "kazakhstan-partner")).isEqualTo(403);
        assertThat(meetings.visible("kazakhstan", viewer("kazakhstan-partner"), PageRequest.of(0, 100)).stream()
                .map(m -> m.id())).doesNotContain(annual);

        // when the secretariat invites the ministry, then its focal point sees it; the observer, not invited, still does not
        UUID ministry = invitable(annual, "MOL");
        mvc.perform(post(page + "/invitees").param("organisation", ministry.toString())
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("flash", "meeting.invitees.invited"));
        assertThat(statusOf(page, "kazakhstan-partner")).isEqualTo(200);
        assertThat(meetings.visible("kazakhstan", viewer("kazakhstan-partner"), PageRequest.of(0, 100)).stream()
                .map(m -> m.id())).contains(annual);
        assertThat(statusOf(page, "kazakhstan-observer")).isEqualTo(403);

        // when ILO, an observer in both networks, is invited, then its Kazakhstan focal point sees the meeting, and its
        // Turkmenistan focal point does not: an invitation is to an organisation in one network
        meetings.invite("kazakhstan", annual, invitable(annual, "ILO"), secretariat);
        assertThat(statusOf(page, "kazakhstan-observer")).isEqualTo(200);
        assertThat(statusOf(page, "turkmenistan-observer")).isEqualTo(403);
        assertThat(statusOf(page + ".ics", "turkmenistan-observer")).isEqualTo(403);

        // and only the secretariat invites
        mvc.perform(post(page + "/invitees").param("organisation", invitable(annual, "AMSC").toString())
                        .with(signedInAs(users, "kazakhstan-cochair")).with(csrf()))
                .andExpect(status().isForbidden());

        // when the invitation is withdrawn, then the partner no longer sees the meeting
        mvc.perform(post(page + "/invitees/" + ministry + "/withdraw").with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("flash", "meeting.invitees.withdrawn"));
        assertThat(statusOf(page, "kazakhstan-partner")).isEqualTo(403);
        assertThat(invitable(annual, "MOL")).isEqualTo(ministry);
    }

    @Test
    void aWorkingGroupMeetingReachesTheGroupAndItsInviteesAndAMoveSendsAnUpdateOfTheSameEvent() throws Exception {
        // given a meeting of Kazakhstan's labour migration group (IOM, UNDP, UNICEF; partners MOL and MFA),
        // to which the secretariat invites a migrant support centre from the stakeholder register
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID group = jdbc.sql("select id from membership_working_group where network_slug = 'kazakhstan' and name_en like 'Working Group on Labour%'")
                .query(UUID.class).single();
        String title = "Labour group on recruitment fees " + UUID.randomUUID().toString().substring(0, 6);
        UUID meeting = meetings.plan("kazakhstan", new NewMeeting(MeetingType.WORKING_GROUP, group, title,
                LocalDate.of(2031, 4, 10), LocalTime.of(11, 0), 90, "IOM office, Astana", null, null), secretariat);
        meetings.invite("kazakhstan", meeting, invitable(meeting, "AMSC"), secretariat);
        meetings.addAgendaItem("kazakhstan", meeting, new NewAgendaItem("Survey of recruitment fees", AgendaPurpose.DISCUSSION, "IOM", 40), secretariat);
        meetings.clearAgenda("kazakhstan", meeting, viewer("kazakhstan-cochair"));

        // then the observer (ILO, not in the group) does not see it, and the group's partner does
        String page = "/networks/kazakhstan/meetings/" + meeting;
        assertThat(statusOf(page, "kazakhstan-observer")).isEqualTo(403);
        assertThat(statusOf(page, "kazakhstan-partner")).isEqualTo(200);

        // when the agenda is circulated, then the group's focal points and the centre's contact have it, nobody else
        meetings.circulateAgenda("kazakhstan", meeting, secretariat);
        Set<String> invited = recipients(received(title, 6));
        assertThat(invited).contains("g.ermekova@amsc.example", "n.abenov@undp.example", "s.zhaksybekova@mol.example",
                "y.nurgaliyev@mfa.example").doesNotContain("t.iskakov@ilo.example");
        int before = invited.size();

        // when ILO is invited after the circulation, then its focal point sees the meeting and receives it too
        meetings.invite("kazakhstan", meeting, invitable(meeting, "ILO"), secretariat);
        assertThat(statusOf(page, "kazakhstan-observer")).isEqualTo(200);
        // but the minutes stay with the group: the invited observer cannot open them, nor their PDF
        assertThat(statusOf(page + "/minutes", "kazakhstan-observer")).isEqualTo(403);
        assertThat(statusOf(page + "/minutes.pdf", "kazakhstan-observer")).isEqualTo(403);
        assertThat(statusOf(page + "/minutes", "kazakhstan-partner")).isNotEqualTo(403);
        assertThat(recipients(received(title, before + 1))).contains("t.iskakov@ilo.example").hasSize(before + 1);

        // when the centre's invitation is withdrawn, then its contact gets a cancellation of the event, and only it
        UUID centre = meetings.meeting("kazakhstan", meeting, secretariat).invitees().stream()
                .filter(i -> i.acronym().equals("AMSC")).findFirst().orElseThrow().organisationId();
        meetings.withdrawInvitation("kazakhstan", meeting, centre, secretariat);
        List<MimeMessage> withdrawn = received("Invitation withdrawn: " + title, 1);
        assertThat(recipients(withdrawn)).containsExactly("g.ermekova@amsc.example");
        assertThat(event(withdrawn.getFirst()).getUid().getValue()).isEqualTo(meeting + "@kenes");
        assertThat(statusOf(page, "kazakhstan-observer")).isEqualTo(200);

        // when the meeting is moved an hour later, then everyone gets an update: the same event, a higher sequence
        mvc.perform(post(page + "/reschedule").param("date", "2031-04-10").param("time", "12:00").param("durationMinutes", "90")
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("flash", "meeting.rescheduled"));
        List<MimeMessage> updates = received("Changed: " + title, 1);
        List<MimeMessage> russianUpdates = received("Изменено: " + title, 1);
        assertThat(updates.size() + russianUpdates.size()).isEqualTo(before); // ILO joined, the centre left
        VEvent moved = event(russianUpdates.stream().filter(m -> recipient(m).equals("n.abenov@undp.example")).findFirst().orElseThrow());
        assertThat(moved.getUid().getValue()).isEqualTo(meeting + "@kenes");
        assertThat(moved.getSequence().getValue()).isEqualTo(1);
        assertThat(moved.getDateStart().getValue().toInstant())
                .isEqualTo(ZonedDateTime.of(2031, 4, 10, 12, 0, 0, 0, ZoneId.of("Asia/Almaty")).toInstant());
    }

    @Test
    void aMoveToTheSameTimeOrWithoutADateIsRefusedNamingTheField() throws Exception {
        // given a planned meeting
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID meeting = meetings.plan("kazakhstan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "Briefing on returns",
                LocalDate.of(2031, 5, 6), LocalTime.of(9, 30), 60, "UN House", null, null), secretariat);
        String path = "/networks/kazakhstan/meetings/" + meeting + "/reschedule";

        // when the form comes without a date, or with the same time, then the page says which field to fix
        String missing = mvc.perform(post(path).param("date", "").param("time", "09:30").param("durationMinutes", "60")
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("aria-invalid=\"true\"").contains("id=\"newDate\"");
        String same = mvc.perform(post(path).param("date", "2031-05-06").param("time", "09:30").param("durationMinutes", "60")
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(same).contains("The new date, time and duration are the same as before");

        // and a member who is not the secretariat cannot move it
        mvc.perform(post(path).param("date", "2031-05-07").param("time", "09:30").param("durationMinutes", "60")
                .with(signedInAs(users, "kazakhstan-member")).with(csrf())).andExpect(status().isForbidden());
        assertThat(meetings.meeting("kazakhstan", meeting, secretariat).calendarSequence()).isZero();
    }

    @Test
    void theApiMovesAMeetingAndRefusesTheSameTimeNamingTheField() throws Exception {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID meeting = meetings.plan("kazakhstan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "Briefing by API",
                LocalDate.of(2031, 6, 6), LocalTime.of(9, 30), 60, "UN House", null, null), secretariat);
        String path = "/api/v1/networks/kazakhstan/meetings/" + meeting + "/reschedule";
        var moved = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2031-06-07\", \"time\": \"10:00\", \"durationMinutes\": 60}")
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andReturn().getResponse();
        assertThat(moved.getStatus()).isEqualTo(200);
        assertThat(moved.getContentAsString()).contains("\"calendarSequence\":1");
        var same = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2031-06-07\", \"time\": \"10:00\", \"durationMinutes\": 60}")
                        .with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andReturn().getResponse();
        assertThat(same.getStatus()).isEqualTo(422);
        assertThat(same.getContentAsString()).contains("date");
        assertThat(mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\": \"2031-06-08\", \"time\": \"10:00\", \"durationMinutes\": 60}")
                        .with(signedInAs(users, "kazakhstan-member")).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    private static Set<String> recipients(List<MimeMessage> messages) {
        return messages.stream().map(MeetingInviteeIntegrationTests::recipient).collect(Collectors.toSet());
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
