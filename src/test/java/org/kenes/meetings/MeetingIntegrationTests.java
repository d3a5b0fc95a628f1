package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class MeetingIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Meetings meetings;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MeetingView first(String network, MeetingType type) {
        return meetings.visible(network, viewer(network + "-secretariat"), PageRequest.of(0, 50)).stream()
                .filter(m -> m.type() == type).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0} opens a regular and the annual meeting of Kazakhstan")
    @ValueSource(strings = {"", "admin", "kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member",
            "kazakhstan-partner", "kazakhstan-observer", "turkmenistan-secretariat", "turkmenistan-partner"})
    void networkMeetingsAreForMembersAndTheAnnualMeetingAlsoForTheInvitedPartners(String person) throws Exception {
        // given Kazakhstan's regular meeting and its Annual Network Meeting, to which the demo invited MOL and ILO
        UUID regular = first("kazakhstan", MeetingType.REGULAR).id();
        UUID annual = first("kazakhstan", MeetingType.ANNUAL_NETWORK_MEETING).id();
        boolean member = List.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member").contains(person);
        boolean participant = member || List.of("kazakhstan-partner", "kazakhstan-observer").contains(person);
        int refused = person.isEmpty() ? 302 : 403;

        // when they open each page and calendar file, then members see both, the invited partner and observer the annual one
        for (String suffix : List.of("", ".ics")) {
            assertThat(statusOf("/networks/kazakhstan/meetings/" + regular + suffix, person)).as("regular" + suffix)
                    .isEqualTo(member ? 200 : refused);
            assertThat(statusOf("/networks/kazakhstan/meetings/" + annual + suffix, person)).as("annual" + suffix)
                    .isEqualTo(participant ? 200 : refused);
        }
        assertThat(statusOf("/networks/kazakhstan/meetings", person)).isEqualTo(participant ? 200 : refused);
        assertThat(statusOf("/networks/kazakhstan/meetings/planner", person)).isEqualTo(member ? 200 : refused);
    }

    private int statusOf(String path, String person) throws Exception {
        var request = get(path).accept(MediaType.TEXT_HTML);
        if (!person.isEmpty()) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void theQuarterlyFlowPlanDraftClearCirculateWithACalendarFileOtherLibrariesRead() throws Exception {
        // given the Turkmenistan secretariat plans a meeting and drafts its agenda
        Viewer secretariat = viewer("turkmenistan-secretariat");
        UUID id = meetings.plan("turkmenistan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "Consultation on the data group's report",
                LocalDate.of(2031, 3, 18), LocalTime.of(15, 0), 90, "UN House, Ashgabat", "https://meet.example/x", null), secretariat);
        meetings.addAgendaItem("turkmenistan", id, new NewAgendaItem("Draft report of the data group", AgendaPurpose.DECISION, "UNFPA", 45), secretariat);

        // when the secretariat tries to circulate it uncleared, then it is refused with the reason
        mvc.perform(post("/networks/turkmenistan/meetings/" + id + "/agenda/circulate").with(signedInAs(users, "turkmenistan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("refusal", "meeting.agenda.notCleared"));
        // and only a co-chair clears it
        mvc.perform(post("/networks/turkmenistan/meetings/" + id + "/agenda/clear").with(signedInAs(users, "turkmenistan-secretariat")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/networks/turkmenistan/meetings/" + id + "/agenda/clear").with(signedInAs(users, "turkmenistan-cochair")).with(csrf()))
                .andExpect(flash().attribute("flash", "meeting.agenda.clearedNotice"));
        mvc.perform(post("/networks/turkmenistan/meetings/" + id + "/agenda/circulate").with(signedInAs(users, "turkmenistan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("flash", "meeting.agenda.circulatedNotice"));

        // then the calendar file, read by another iCalendar library, has the meeting at 15:00 in Ashgabat
        String ics = mvc.perform(get("/networks/turkmenistan/meetings/" + id + ".ics").with(signedInAs(users, "turkmenistan-member")))
                .andReturn().getResponse().getContentAsString();
        ICalendar calendar = Biweekly.parse(ics).first();
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getUid().getValue()).isEqualTo(id + "@kenes");
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDateStart().getValue().toInstant())
                .isEqualTo(java.time.ZonedDateTime.of(2031, 3, 18, 15, 0, 0, 0, ZoneId.of("Asia/Ashgabat")).toInstant());
        assertThat(event.getLocation().getValue()).contains("UN House, Ashgabat");
        assertThat(event.getDescription().getValue()).contains("Draft report of the data group");

        // when it is cancelled, then the same event says so, with a higher sequence
        meetings.cancel("turkmenistan", id, "The report is not ready", secretariat);
        VEvent cancelled = Biweekly.parse(mvc.perform(get("/networks/turkmenistan/meetings/" + id + ".ics")
                .with(signedInAs(users, "turkmenistan-member"))).andReturn().getResponse().getContentAsString()).first().getEvents().getFirst();
        assertThat(cancelled.getUid().getValue()).isEqualTo(id + "@kenes");
        assertThat(cancelled.getSequence().getValue()).isEqualTo(1);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void thePlannerShowsTheYearInQuartersAndFlagsWhatIsMissing() {
        // given the demo year of Kazakhstan, when the planner of a year without meetings is read
        QuarterlyPlan empty = meetings.plan("kazakhstan", 2019, viewer("kazakhstan-member"));

        // then every quarter is flagged, and the missing Annual Network Meeting too
        assertThat(empty.quartersWithoutMeeting()).hasSize(4);
        assertThat(empty.annualMeetingMissing()).isTrue();

        // and the current year has its held regular meetings in the quarters before this one
        int year = LocalDate.now(ZoneId.of("Asia/Almaty")).getYear();
        QuarterlyPlan current = meetings.plan("kazakhstan", year, viewer("kazakhstan-member"));
        assertThat(current.quarters()).anySatisfy(q -> assertThat(q.held()).isTrue());
    }

    @Test
    void proposingADateOffersTheUnctMeetingsOfTheQuarter() throws Exception {
        // given the Turkmenistan secretariat records a UN Country Team meeting in the third quarter of 2032
        mvc.perform(post("/networks/turkmenistan/meetings/unct").param("heldOn", "2032-08-14").param("title", "UNCT meeting on the cooperation framework")
                        .with(signedInAs(users, "turkmenistan-secretariat")).with(csrf()))
                .andExpect(flash().attribute("flash", "unct.recorded"));

        // then the planner shows it in that quarter, with the way to plan the network meeting on its day
        String planner = mvc.perform(get("/networks/turkmenistan/meetings/planner").param("year", "2032")
                .with(signedInAs(users, "turkmenistan-secretariat"))).andReturn().getResponse().getContentAsString();
        assertThat(planner).contains("14.08 UNCT meeting on the cooperation framework")
                .contains("/networks/turkmenistan/meetings/new?date=2032-08-14&amp;unctMeeting=UNCT");

        // and the form, opened from there, proposes that date and the UNCT meeting
        String form = mvc.perform(get("/networks/turkmenistan/meetings/new").param("date", "2032-08-14")
                        .param("unctMeeting", "UNCT meeting on the cooperation framework")
                .with(signedInAs(users, "turkmenistan-secretariat"))).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"2032-08-14\"").contains("value=\"UNCT meeting on the cooperation framework\"");

        // when the same day is recorded twice, or a member who is not the secretariat records one, it is refused
        String again = mvc.perform(post("/networks/turkmenistan/meetings/unct").param("heldOn", "2032-08-14").param("title", "Again")
                .with(signedInAs(users, "turkmenistan-secretariat")).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("is recorded already");
        mvc.perform(post("/networks/turkmenistan/meetings/unct").param("heldOn", "2032-09-01").param("title", "UNCT")
                .with(signedInAs(users, "turkmenistan-member")).with(csrf())).andExpect(status().isForbidden());
        // and the other network's planner does not show it
        assertThat(mvc.perform(get("/networks/kazakhstan/meetings/planner").param("year", "2032")
                .with(signedInAs(users, "kazakhstan-secretariat"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("cooperation framework");
    }
}
