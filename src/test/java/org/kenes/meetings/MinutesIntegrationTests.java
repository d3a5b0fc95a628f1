package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class MinutesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Meetings meetings;
    @Autowired MinutesService minutes;
    @Autowired org.kenes.shared.ViewerSource viewers;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MeetingView held(String network, MeetingType type, int skip) {
        return meetings.visible(network, viewer(network + "-secretariat"), PageRequest.of(0, 50)).stream()
                .filter(m -> m.type() == type && m.status() == MeetingStatus.HELD).skip(skip).findFirst().orElseThrow();
    }

    @Test
    void aSecondSaveOfTheMinutesGetsAConflictAndNothingIsLost() throws Exception {
        // given two secretariat officers who opened the same draft minutes (version 0)
        MeetingView meeting = held("kazakhstan", MeetingType.REGULAR, 0);
        UUID item = meeting.agenda().get(1).id();
        String path = "/networks/kazakhstan/meetings/" + meeting.id() + "/minutes";

        // when the first saves her text
        mvc.perform(post(path).with(signedInAs(users, "kazakhstan-secretariat")).with(csrf())
                        .param("version", "-1").param("text_" + item, "IOM presented the labour migration trends of the quarter."))
                .andExpect(status().is3xxRedirection());

        // and the second saves his, based on the same version
        String page = mvc.perform(post(path).with(signedInAs(users, "kazakhstan-secretariat")).with(csrf())
                        .param("version", "-1").param("text_" + item, "Members discussed the trends and the new quota rules."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        // then he is told of the conflict, sees her text, and his own text is still in the form
        assertThat(page).contains("id=\"conflict\"").contains("IOM presented the labour migration trends of the quarter.")
                .contains("Members discussed the trends and the new quota rules.");
        // and the stored minutes are hers: nothing was silently overwritten
        assertThat(minutes.read("kazakhstan", meeting.id(), viewer("kazakhstan-member")).texts().get(item))
                .isEqualTo("IOM presented the labour migration trends of the quarter.");
    }

    @Test
    void minutesAreDraftedClearedByACoChairAndDisseminated() {
        MeetingView meeting = held("turkmenistan", MeetingType.REGULAR, 0);
        UUID item = meeting.agenda().getFirst().id();
        Viewer secretariat = viewer("turkmenistan-secretariat");

        // the secretariat cannot disseminate a draft
        var saved = minutes.write("turkmenistan", meeting.id(), Map.of(item, "The agenda was adopted."), -1, secretariat);
        assertThat(saved.saved()).isTrue();
        assertThatThrownBy(() -> minutes.disseminate("turkmenistan", meeting.id(), secretariat)).hasMessage("minutes.notCleared");

        // a co-chair clears, the secretariat disseminates, and the meeting says so
        minutes.clear("turkmenistan", meeting.id(), viewer("turkmenistan-cochair"));
        minutes.disseminate("turkmenistan", meeting.id(), secretariat);
        assertThat(meetings.meeting("turkmenistan", meeting.id(), secretariat).status()).isEqualTo(MeetingStatus.MINUTES_DISSEMINATED);
    }

    @Test
    void minutesNeverReachAnyoneBelowTheirLevel() throws Exception {
        // given the Annual Network Meeting, which partners may see, and its minutes, which are internal
        MeetingView annual = held("kazakhstan", MeetingType.ANNUAL_NETWORK_MEETING, 0);
        String path = "/networks/kazakhstan/meetings/" + annual.id() + "/minutes";
        mvc.perform(get(path).with(signedInAs(users, "kazakhstan-member"))).andExpect(status().isOk());
        mvc.perform(get(path).with(signedInAs(users, "kazakhstan-partner"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(signedInAs(users, "kazakhstan-observer"))).andExpect(status().isForbidden());
        mvc.perform(get(path).with(signedInAs(users, "turkmenistan-secretariat"))).andExpect(status().isForbidden());
    }

    @Test
    void disseminatedMinutesArePrintedAndAnnouncedToMembersOnly() throws Exception {
        // given held minutes of Kazakhstan, written with a Cyrillic text, cleared and disseminated
        MeetingView meeting = held("kazakhstan", MeetingType.REGULAR, 2);
        UUID item = meeting.agenda().getFirst().id();
        minutes.write("kazakhstan", meeting.id(), Map.of(item, "Повестка дня принята без изменений."), -1, viewer("kazakhstan-secretariat"));
        minutes.clear("kazakhstan", meeting.id(), viewer("kazakhstan-cochair"));
        minutes.disseminate("kazakhstan", meeting.id(), viewer("kazakhstan-secretariat"));

        // then the PDF reads back with its Cyrillic text, for members only
        byte[] pdf = mvc.perform(get("/networks/kazakhstan/meetings/" + meeting.id() + "/minutes.pdf").param("lang", "ru")
                .with(signedInAs(users, "kazakhstan-member"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("Повестка дня принята без изменений.")
                    .containsIgnoringCase("Для внутреннего пользования");
        }
        mvc.perform(get("/networks/kazakhstan/meetings/" + meeting.id() + "/minutes.pdf").with(signedInAs(users, "kazakhstan-partner")))
                .andExpect(status().isForbidden());

        // and the announcement e-mails wait in the outbox for the members, not for the Ministry or the observer
        java.util.List<String> recipients = java.util.List.of();
        for (int i = 0; i < 100 && recipients.isEmpty(); i++) {
            recipients = jdbc.sql("select recipient from notification_outbox where cause = ?")
                    .param("minutes:" + meeting.id()).query(String.class).list();
            Thread.sleep(100);
        }
        assertThat(recipients).contains("n.abenov@undp.example").doesNotContain("s.zhaksybekova@mol.example", "t.iskakov@ilo.example");
    }

    @Test
    void theNetworkHomePagePullsInThePlannersWarnings() throws Exception {
        String fragment = mvc.perform(get("/networks/kazakhstan/meetings/flags").header("HX-Request", "true").param("lang", "en")
                .with(signedInAs(users, "kazakhstan-member"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("meeting-flags").doesNotContain("<html");
        assertThat(mvc.perform(get("/networks/kazakhstan/meetings/flags").with(signedInAs(users, "kazakhstan-partner")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("meeting-flags");
    }
}
