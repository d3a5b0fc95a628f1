package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class AgendaPrintIntegrationTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Meetings meetings;
    @Autowired NetworkConfigurations networks;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse download(UUID meeting, String person, String language) throws Exception {
        var request = get("/networks/kazakhstan/meetings/" + meeting + "/agenda.pdf").param("lang", language);
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The PDF's text, each run of white space (line and cell breaks included) read as one space. */
    private static String text(MockHttpServletResponse pdf) throws Exception {
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private UUID clearedMeeting(String title) {
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID id = meetings.plan("kazakhstan", new NewMeeting(MeetingType.REGULAR, null, title, LocalDate.now(ALMATY).plusDays(35),
                LocalTime.of(14, 30), 120, "UN House, Astana", "https://meet.example/agenda-print", "UNCT meeting of 3 March"), secretariat);
        meetings.addAgendaItem("kazakhstan", id, new NewAgendaItem("Социальная защита мигрантов", AgendaPurpose.DISCUSSION, "UNDP", 35),
                secretariat);
        meetings.addAgendaItem("kazakhstan", id, new NewAgendaItem("Any other business", AgendaPurpose.INFORMATION, null, 10), secretariat);
        meetings.clearAgenda("kazakhstan", id, viewer("kazakhstan-cochair"));
        return id;
    }

    @Test
    void theAgendaPrintsWithItsCyrillicItemsWhenAndWhereAndItsLevel() throws Exception {
        // given a Kazakhstan meeting whose agenda, with a Russian item, a co-chair cleared
        UUID id = clearedMeeting("Quarterly meeting on social protection");
        MeetingView meeting = meetings.meeting("kazakhstan", id, viewer("kazakhstan-member"));
        String date = meeting.startsAt().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        String offset = meeting.startsAt().format(DateTimeFormatter.ofPattern("xxx"));

        // when a member downloads it in Russian
        MockHttpServletResponse pdf = download(id, "kazakhstan-member", "ru");

        // then it is a PDF attachment with the network, the meeting, when and where, the items and the agenda's status
        assertThat(pdf.getHeader("Content-Disposition")).contains("attachment").contains("agenda-" + meeting.startsAt().toLocalDate() + ".pdf");
        assertThat(pdf.getHeader("Cache-Control")).contains("no-store");
        String russian = text(pdf);
        assertThat(russian)
                .contains(networks.of("kazakhstan").name().in(Locale.forLanguageTag("ru")))
                .contains("Повестка дня: Quarterly meeting on social protection")
                .contains("очередное (ежеквартальное)")
                .contains(date + " 14:30–16:30 (Asia/Almaty, UTC" + offset + ")")
                .contains("UN House, Astana").contains("https://meet.example/agenda-print").contains("UNCT meeting of 3 March")
                .contains("1. Социальная защита мигрантов для обсуждения UNDP 35 мин")
                .contains("2. Any other business для информации — 10 мин")
                .contains("Пункты повестки занимают 45 мин из 120 мин")
                .contains("Повестка дня согласована: kazakhstan-cochair.")
                .containsIgnoringCase("Для внутреннего пользования")
                .contains("Уровень доступа: для внутреннего пользования. Эта повестка дня предназначена только для членов сети.");

        // and in English the same agenda speaks English around the items
        assertThat(text(download(id, "kazakhstan-member", "en")))
                .contains("Agenda: Quarterly meeting on social protection")
                .contains("Социальная защита мигрантов")
                .contains("Agenda cleared by kazakhstan-cochair.")
                .contains("Information level: internal. This agenda is for the network's members only.");
    }

    @Test
    void aDraftAgendaSaysItIsNotClearedYet() throws Exception {
        // given the coming quarterly meeting of the demo, its agenda still in draft
        MeetingView coming = meetings.visible("kazakhstan", viewer("kazakhstan-secretariat"), PageRequest.of(0, 100)).stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED && !m.agendaCleared() && !m.agenda().isEmpty())
                .findFirst().orElseThrow();

        // then its PDF says so
        assertThat(text(download(coming.id(), "kazakhstan-cochair", "en"))).contains("Draft agenda: not yet cleared by a co-chair.")
                .contains("Adoption of the agenda and matters arising");
    }

    @Test
    void onlyThoseWhoMaySeeTheMeetingGetItsAgenda() throws Exception {
        // given a regular meeting, which is for the network's members
        UUID id = clearedMeeting("Meeting whose agenda stays internal");

        // when a partner, an observer or another network's secretariat asks for its agenda, then no PDF comes back
        for (String stranger : new String[] {"kazakhstan-partner", "kazakhstan-observer", "turkmenistan-secretariat"}) {
            MockHttpServletResponse refused = download(id, stranger, "ru");
            assertThat(refused.getStatus()).as(stranger).isEqualTo(403);
            assertThat(String.valueOf(refused.getContentType())).as(stranger).doesNotContain("pdf");
            assertThat(refused.getHeader("Content-Disposition")).as(stranger).isNull();
            assertThat(refused.getContentAsString()).as(stranger).doesNotContain("%PDF").doesNotContain("Социальная защита мигрантов");
        }
        // and an anonymous visitor is sent to sign in
        MockHttpServletResponse anonymous = download(id, null, "ru");
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        // and a meeting that does not exist in this network is not found
        assertThat(download(UUID.randomUUID(), "kazakhstan-member", "ru").getStatus()).isEqualTo(404);

        // while the meeting page links members to the PDF
        String page = mvc.perform(get("/networks/kazakhstan/meetings/" + id).with(signedInAs(users, "kazakhstan-member")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/networks/kazakhstan/meetings/" + id + "/agenda.pdf\"");
    }

    @Test
    void theAnnualMeetingsAgendaReachesPartnersMarkedForPartners() throws Exception {
        // given the Annual Network Meeting, which partners and observers may see
        MeetingView annual = meetings.visible("kazakhstan", viewer("kazakhstan-secretariat"), PageRequest.of(0, 100)).stream()
                .filter(m -> m.type() == MeetingType.ANNUAL_NETWORK_MEETING).findFirst().orElseThrow();

        // then the partner gets its agenda, marked as for members and partners, and another network's people do not
        assertThat(text(download(annual.id(), "kazakhstan-partner", "en")))
                .contains("Review of the network's progress and the joint workplan")
                .contains("Information level: partners.");
        assertThat(download(annual.id(), "turkmenistan-partner", "en").getStatus()).isEqualTo(403);
    }
}
