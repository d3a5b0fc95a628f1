package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class MeetingRequestIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired MeetingRequests requests;
    @Autowired Meetings meetings;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    @Test
    void aMembersRequestAcceptedByACoChairBecomesAnExtraordinaryMeeting() throws Exception {
        // given UNDP's focal point asks for a meeting
        UUID id = requests.request("kazakhstan", new MeetingRequests.NewRequest("UNDP",
                "Joint response to the flooding-related displacement in the north", "any day next week"), viewer("kazakhstan-member"));

        // when the secretariat tries to accept it, then only a co-chair may
        mvc.perform(post("/networks/kazakhstan/meeting-requests/" + id + "/accept").with(signedInAs(users, "kazakhstan-secretariat"))
                .with(csrf()).param("date", LocalDate.now().plusDays(5).toString()).param("time", "11:00"))
                .andExpect(status().isForbidden());

        // when the co-chair accepts it for a day
        mvc.perform(post("/networks/kazakhstan/meeting-requests/" + id + "/accept").with(signedInAs(users, "kazakhstan-cochair"))
                .with(csrf()).param("date", LocalDate.now().plusDays(5).toString()).param("time", "11:00").param("place", "UN House"))
                .andExpect(flash().attribute("flash", "request.accepted"));

        // then the network has an extraordinary meeting with the request's purpose
        assertThat(meetings.visible("kazakhstan", viewer("kazakhstan-member"), PageRequest.of(0, 50)).stream())
                .anySatisfy(m -> {
                    assertThat(m.type()).isEqualTo(MeetingType.EXTRAORDINARY);
                    assertThat(m.title()).isEqualTo("Joint response to the flooding-related displacement in the north");
                });
    }

    @Test
    void aDeclinedRequestGivesItsReasonAndOnlyMembersRequest() throws Exception {
        UUID id = requests.request("turkmenistan", new MeetingRequests.NewRequest("UNDP", "Briefing on the new labour code",
                "early next month"), viewer("turkmenistan-member"));
        mvc.perform(post("/networks/turkmenistan/meeting-requests/" + id + "/decline").with(signedInAs(users, "turkmenistan-cochair")).with(csrf()))
                .andExpect(flash().attribute("refusal", "request.reasonNeeded"));
        requests.decline("turkmenistan", id, "It will be covered at the quarterly meeting", viewer("turkmenistan-cochair"));
        assertThat(requests.list("turkmenistan", viewer("turkmenistan-member"), PageRequest.of(0, 10)).getContent())
                .anySatisfy(r -> assertThat(r.decisionReason()).isEqualTo("It will be covered at the quarterly meeting"));

        // an external partner neither requests nor reads requests
        assertThatThrownBy(() -> requests.request("turkmenistan", new MeetingRequests.NewRequest("MFA", "x", "y"), viewer("turkmenistan-partner")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        mvc.perform(get("/networks/turkmenistan/meeting-requests").with(signedInAs(users, "turkmenistan-partner")))
                .andExpect(status().isForbidden());
    }
}
