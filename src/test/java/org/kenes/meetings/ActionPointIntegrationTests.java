package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class ActionPointIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Meetings meetings;
    @Autowired ActionPoints actions;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    @Test
    void anActionPointStaysLinkedToItsMeetingAndComesBackAsMattersArising() {
        // given a held Turkmenistan meeting with an action point for UNDP, overdue since yesterday
        Viewer secretariat = viewer("turkmenistan-secretariat");
        UUID held = meetings.plan("turkmenistan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "Briefing on remittances",
                LocalDate.now().minusDays(10), LocalTime.of(10, 0), 60, "UN House", null, null), secretariat);
        meetings.addAgendaItem("turkmenistan", held, new NewAgendaItem("Remittance costs", AgendaPurpose.DISCUSSION, "UNDP", 30), secretariat);
        meetings.clearAgenda("turkmenistan", held, viewer("turkmenistan-cochair"));
        meetings.circulateAgenda("turkmenistan", held, secretariat);
        meetings.markHeld("turkmenistan", held, secretariat);
        UUID action = actions.record("turkmenistan", held, new ActionPoints.NewActionPoint("Compile remittance cost data by corridor",
                "UNDP", "Batyr Orazov", LocalDate.now().minusDays(1)), secretariat);

        // then the tracker shows it as overdue, also when filtered to overdue ones and to UNDP
        assertThat(actions.tracker("turkmenistan", null, "UNDP", true, viewer("turkmenistan-member"), PageRequest.of(0, 50)).getContent())
                .anySatisfy(a -> {
                    assertThat(a.id()).isEqualTo(action);
                    assertThat(a.overdue()).isTrue();
                    assertThat(a.meetingId()).isEqualTo(held);
                });

        // and the next meeting lists it under matters arising
        UUID next = meetings.plan("turkmenistan", new NewMeeting(MeetingType.REGULAR, null, "Next quarterly meeting",
                LocalDate.now().plusDays(20), LocalTime.of(10, 0), 120, "UN House", null, null), secretariat);
        assertThat(actions.mattersArising("turkmenistan", next, viewer("turkmenistan-member")))
                .extracting(ActionPointView::id).contains(action);

        // UNDP's focal point reports it done; another organisation could not have
        assertThatThrownBy(() -> actions.update("turkmenistan", action, ActionPointStatus.DONE, null, viewer("turkmenistan-observer")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        actions.update("turkmenistan", action, ActionPointStatus.DONE, "Data compiled for five corridors", viewer("turkmenistan-member"));
        assertThat(actions.mattersArising("turkmenistan", next, viewer("turkmenistan-member")))
                .extracting(ActionPointView::id).doesNotContain(action);
        assertThat(actions.tracker("turkmenistan", Set.of(ActionPointStatus.DONE), null, false, secretariat, PageRequest.of(0, 50)).getContent())
                .anySatisfy(a -> assertThat(a.updates()).extracting(ActionUpdate.View::note).contains("Data compiled for five corridors"));
    }

    @Test
    void theTrackerIsForTheNetworksMembers() throws Exception {
        mvc.perform(get("/networks/kazakhstan/action-points").with(signedInAs(users, "kazakhstan-cochair"))).andExpect(status().isOk());
        mvc.perform(get("/networks/kazakhstan/action-points").param("overdue", "true").with(signedInAs(users, "kazakhstan-member")))
                .andExpect(status().isOk());
        mvc.perform(get("/networks/kazakhstan/action-points").with(signedInAs(users, "kazakhstan-partner"))).andExpect(status().isForbidden());
        mvc.perform(get("/networks/kazakhstan/action-points").with(signedInAs(users, "turkmenistan-member"))).andExpect(status().isForbidden());
    }
}
