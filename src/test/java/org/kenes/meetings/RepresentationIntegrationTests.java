package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
class RepresentationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Meetings meetings;
    @Autowired Attendance attendance;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    @Test
    void aFocalPointAnnouncesHerOrganisationsRepresentativeAndNoOthers() {
        // given the coming Kazakhstan meeting
        UUID coming = meetings.visible("kazakhstan", viewer("kazakhstan-member"), PageRequest.of(0, 50)).stream()
                .filter(m -> m.status() == MeetingStatus.PLANNED).findFirst().orElseThrow().id();
        Viewer undp = viewer("kazakhstan-member");

        // when UNDP's focal point announces who represents UNDP, then the sheet shows it
        attendance.announce("kazakhstan", coming, "UNDP", Representation.Intention.ATTENDING, "Нурлан Абенов", undp);
        assertThat(attendance.sheet("kazakhstan", coming, undp).lines())
                .anySatisfy(l -> assertThat(l).extracting(Attendance.Sheet.Line::organisation, Attendance.Sheet.Line::representative)
                        .containsExactly("UNDP", "Нурлан Абенов"));

        // when she tries the same for UNICEF, then she is refused
        assertThatThrownBy(() -> attendance.announce("kazakhstan", coming, "UNICEF", Representation.Intention.APOLOGIES, null, undp))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aMemberThatWasNotRepresentedIsFlaggedOnTheMeetingAndInTheYearsRates() throws Exception {
        // given a held Turkmenistan meeting, where everyone but WHO attended
        Viewer secretariat = viewer("turkmenistan-secretariat");
        LocalDate day = LocalDate.now().minusDays(3);
        UUID id = meetings.plan("turkmenistan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "Briefing on the census",
                day, LocalTime.of(9, 0), 60, "UN House", null, null), secretariat);
        meetings.addAgendaItem("turkmenistan", id, new NewAgendaItem("Census questions on migration", AgendaPurpose.INFORMATION, "UNFPA", 30), secretariat);
        meetings.clearAgenda("turkmenistan", id, viewer("turkmenistan-cochair"));
        meetings.circulateAgenda("turkmenistan", id, secretariat);
        meetings.markHeld("turkmenistan", id, secretariat);
        var everyone = attendance.sheet("turkmenistan", id, secretariat).lines().stream()
                .map(Attendance.Sheet.Line::organisation).filter(o -> !o.equals("WHO")).toList();

        // when the secretariat records attendance
        attendance.record("turkmenistan", id, Set.copyOf(everyone), secretariat);

        // then WHO is flagged on the meeting, and its rate for the year is below 100%
        assertThat(attendance.sheet("turkmenistan", id, secretariat).unrepresented()).containsExactly("WHO");
        assertThat(attendance.rates("turkmenistan", day.getYear(), secretariat).get("WHO").percent()).isLessThan(100);
        assertThat(mvc.perform(get("/networks/turkmenistan/meetings/" + id).param("lang", "en")
                        .with(signedInAs(users, "turkmenistan-member"))).andReturn().getResponse().getContentAsString())
                .contains("Not represented: WHO");
    }

    @Test
    void partnersDoNotSeeTheAttendanceSheet() {
        UUID annual = meetings.visible("kazakhstan", viewer("kazakhstan-partner"), PageRequest.of(0, 50)).stream()
                .filter(m -> m.type() == MeetingType.ANNUAL_NETWORK_MEETING).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> attendance.sheet("kazakhstan", annual, viewer("kazakhstan-partner")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void invitedGuestsAreRecordedByNameButNeverFlaggedOrCounted() {
        // given a held Annual Network Meeting of Turkmenistan to which the State Migration Service was invited
        Viewer secretariat = viewer("turkmenistan-secretariat");
        UUID id = meetings.plan("turkmenistan", new NewMeeting(MeetingType.ANNUAL_NETWORK_MEETING, null, "Annual Network Meeting with partners",
                LocalDate.now().minusDays(2), LocalTime.of(9, 0), 240, "Ashgabat", null, null), secretariat);
        UUID service = meetings.invitable("turkmenistan", id, secretariat).stream().filter(i -> i.acronym().equals("SMS"))
                .findFirst().orElseThrow().organisationId();
        meetings.invite("turkmenistan", id, service, secretariat);
        meetings.addAgendaItem("turkmenistan", id, new NewAgendaItem("The year in review", AgendaPurpose.DISCUSSION, "IOM", 60), secretariat);
        meetings.clearAgenda("turkmenistan", id, viewer("turkmenistan-cochair"));
        meetings.circulateAgenda("turkmenistan", id, secretariat);
        meetings.markHeld("turkmenistan", id, secretariat);
        java.util.List<String> members = attendance.sheet("turkmenistan", id, secretariat).lines().stream()
                .filter(l -> !l.guest()).map(Attendance.Sheet.Line::organisation).toList();

        // when the secretariat records every member and the guest, naming who came for the guest and for IOM
        java.util.Set<String> present = new java.util.HashSet<>(members);
        present.add("SMS");
        attendance.record("turkmenistan", id, present, java.util.Map.of("SMS", "Mekan Annaýew", "IOM", "Ogulgerek Amanova"), secretariat);

        // then the guest's line names the person, and the sheet has no unrepresented member
        Attendance.Sheet sheet = attendance.sheet("turkmenistan", id, secretariat);
        assertThat(sheet.lines()).anySatisfy(l -> {
            assertThat(l.organisation()).isEqualTo("SMS");
            assertThat(l.guest()).isTrue();
            assertThat(l.attended()).isTrue();
            assertThat(l.representative()).isEqualTo("Mekan Annaýew");
        });
        assertThat(sheet.lines()).anySatisfy(l -> assertThat(l.representative()).isEqualTo("Ogulgerek Amanova"));
        assertThat(sheet.unrepresented()).isEmpty();

        // when the guest is recorded as absent, then nobody is flagged and the rates know nothing of it
        attendance.record("turkmenistan", id, new java.util.HashSet<>(members), secretariat);
        assertThat(attendance.sheet("turkmenistan", id, secretariat).unrepresented()).isEmpty();
        assertThat(attendance.rates("turkmenistan", LocalDate.now().minusDays(2).getYear(), secretariat)).doesNotContainKey("SMS");
    }
}
