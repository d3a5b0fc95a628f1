package org.kenes.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.NewProposal;
import org.kenes.decisions.Procedure;
import org.kenes.meetings.AgendaPurpose;
import org.kenes.meetings.MeetingType;
import org.kenes.meetings.MeetingView;
import org.kenes.meetings.Meetings;
import org.kenes.meetings.NewAgendaItem;
import org.kenes.meetings.NewMeeting;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Papers for a meeting's agenda or for a proposal: shared through the library, by its rules, and listed on the meeting's
 * or proposal's page for those who may see them, without the meetings or decisions knowing the library.
 */
@KenesIntegrationTest
class LibraryPapersIntegrationTests {

    private static final String KZ = "kazakhstan";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired MockMvc mvc;
    @Autowired Library library;
    @Autowired Meetings meetings;
    @Autowired Consultations consultations;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String person) throws Exception {
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request.accept(MediaType.TEXT_HTML, MediaType.ALL)).andReturn().getResponse();
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The papers fragment a meeting's or proposal's page pulls in, as this person gets it. */
    private MockHttpServletResponse fragment(String parameter, UUID id, String person, String... items) throws Exception {
        MockHttpServletRequestBuilder request = get("/networks/kazakhstan/library/papers").param(parameter, id.toString())
                .header("HX-Request", "true");
        if (items.length > 0) {
            request.param("items", items);
        }
        return call(request, person);
    }

    @Test
    void aPaperSharedForAnAgendaItemIsListedOnTheMeetingForItsMembersOnly() throws Exception {
        // given a coming meeting of Kazakhstan with two agenda items
        Viewer secretariat = viewer("kazakhstan-secretariat");
        UUID meeting = meetings.plan(KZ, new NewMeeting(MeetingType.REGULAR, null, "Regular meeting on labour mobility " + marker(),
                LocalDate.now(ALMATY).plusDays(40), LocalTime.of(10, 0), 120, "UN House", null, null), secretariat);
        meetings.addAgendaItem(KZ, meeting, new NewAgendaItem("Adoption of the agenda", AgendaPurpose.DECISION, null, 10), secretariat);
        meetings.addAgendaItem(KZ, meeting, new NewAgendaItem("Labour mobility figures", AgendaPurpose.INFORMATION, "IOM", 30), secretariat);
        // (its agenda cleared, so that tests of the demo's coming meeting, whose agenda is still in draft, do not take it for that)
        meetings.clearAgenda(KZ, meeting, viewer("kazakhstan-cochair"));
        MeetingView view = meetings.meeting(KZ, meeting, secretariat);
        String first = view.agenda().get(0).id().toString();
        String second = view.agenda().get(1).id().toString();

        // when UNDP's focal point follows "Add a paper" for the second item from the meeting's page
        String meetingPage = call(get("/networks/kazakhstan/meetings/" + meeting), "kazakhstan-member").getContentAsString();
        assertThat(meetingPage).contains("hx-get=\"/networks/kazakhstan/library/papers?meeting=" + meeting)
                .contains("hx-trigger=\"load\"").contains("href=\"/networks/kazakhstan/library/papers?meeting=" + meeting);
        String form = call(get("/networks/kazakhstan/library/new").param("meeting", meeting.toString()).param("agendaItem", second),
                "kazakhstan-member").getContentAsString();
        assertThat(form).contains("id=\"paper-for\"").contains("name=\"meetingId\"").contains("value=\"" + meeting + "\"")
                .contains("name=\"agendaItemId\"").contains("value=\"" + second + "\"");
        // and shares the paper through it, the meeting and item coming along as hidden fields
        String title = "Remittances and labour mobility, note for the meeting " + marker();
        MockHttpServletResponse shared = call(multipart("/networks/kazakhstan/library")
                .file(new MockMultipartFile("file", "mobility.csv", "text/csv",
                        "region,workers\nAlmaty,1200\n".getBytes(StandardCharsets.UTF_8)))
                .param("form", "DOCUMENT").param("kind", "MEETING_PAPER").param("title", title).param("organisation", "UNDP")
                .param("itemDate", LocalDate.now(ALMATY).toString()).param("meetingId", meeting.toString()).param("agendaItemId", second)
                .with(csrf()), "kazakhstan-member");
        assertThat(shared.getStatus()).isEqualTo(302);
        UUID paper = UUID.fromString(shared.getRedirectedUrl().substring(shared.getRedirectedUrl().lastIndexOf('/') + 1));
        LibraryItemView item = library.item(KZ, paper, viewer("kazakhstan-member"));
        assertThat(item.meetingId()).isEqualTo(meeting);
        assertThat(item.agendaItemId()).isEqualTo(UUID.fromString(second));

        // then the meeting's papers list it, for its second item, to the network's members, who may add more
        for (String person : List.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member")) {
            MockHttpServletResponse answer = fragment("meeting", meeting, person, first, second);
            assertThat(answer.getStatus()).isEqualTo(200);
            assertThat(answer.getContentAsString()).as(person).contains(title).contains("agenda item 2").contains("mobility.csv")
                    .contains("id=\"add-paper\"").doesNotContain("<html");
        }
        // and not to a partner, an observer or the other network, nor to anyone not signed in
        for (String person : List.of("kazakhstan-partner", "kazakhstan-observer", "turkmenistan-member", "turkmenistan-secretariat")) {
            String answer = fragment("meeting", meeting, person).getContentAsString();
            assertThat(answer).as(person).doesNotContain(title).doesNotContain("id=\"add-paper\"");
        }
        MockHttpServletResponse anonymous = fragment("meeting", meeting, null);
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getContentAsString()).doesNotContain(title);
        // nor does the other network find it as its own
        assertThat(library.papers("turkmenistan", meeting, null, viewer("turkmenistan-secretariat"))).isEmpty();
        // without htmx, the same list is a page of its own
        assertThat(call(get("/networks/kazakhstan/library/papers").param("meeting", meeting.toString()), "kazakhstan-member")
                .getContentAsString()).contains("<html").contains(title);
        // and the paper says what it is for
        assertThat(call(get("/networks/kazakhstan/library/" + paper), "kazakhstan-cochair").getContentAsString())
                .contains("id=\"paper-for\"").contains("href=\"/networks/kazakhstan/meetings/" + meeting + "\"");
    }

    @Test
    void aPaperSharedForAProposalIsListedOnTheProposalForItsMembersOnly() throws Exception {
        // given a proposal put to the members in writing
        UUID proposal = consultations.open(KZ, new NewProposal("Joint advocacy note on fair recruitment " + marker(),
                "The members agree the joint advocacy note.", null, false, Procedure.WRITTEN_CONSULTATION,
                LocalDate.now(ALMATY).plusDays(10), LocalTime.of(18, 0), null, null), viewer("kazakhstan-cochair"));

        // when UNDP's focal point shares a paper for it through the API
        String title = "Fair recruitment: evidence for the proposal " + marker();
        MockHttpServletResponse shared = mvc.perform(multipart("/api/v1/networks/kazakhstan/library")
                .file(new MockMultipartFile("item", "", MediaType.APPLICATION_JSON_VALUE, """
                        {"form": "UPDATE", "kind": "MEETING_PAPER", "title": "%s", "body": "Recruitment fees paid by workers, by corridor.",
                         "organisation": "UNDP", "itemDate": "%s", "proposalId": "%s"}""".formatted(title, LocalDate.now(ALMATY), proposal)
                        .getBytes(StandardCharsets.UTF_8)))
                .with(csrf()).with(signedInAs(users, "kazakhstan-member"))).andReturn().getResponse();
        assertThat(shared.getStatus()).as(shared.getContentAsString()).isEqualTo(201);
        assertThat(shared.getContentAsString()).contains("\"proposalId\":\"" + proposal + "\"");

        // then the proposal's page pulls in its papers
        assertThat(call(get("/networks/kazakhstan/decisions/" + proposal), "kazakhstan-member").getContentAsString())
                .contains("hx-get=\"/networks/kazakhstan/library/papers?proposal=" + proposal);
        // and they list it for the members
        for (String person : List.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member")) {
            assertThat(fragment("proposal", proposal, person).getContentAsString()).as(person).contains(title)
                    .contains("Papers for this proposal");
        }
        // and not for those outside the network's members
        for (String person : List.of("kazakhstan-partner", "kazakhstan-observer", "turkmenistan-member")) {
            assertThat(fragment("proposal", proposal, person).getContentAsString()).as(person).doesNotContain(title);
        }
        assertThat(fragment("proposal", proposal, null).getContentAsString()).doesNotContain(title);
        // the API lists them by the same rule
        assertThat(mvc.perform(get("/api/v1/networks/kazakhstan/library/papers").param("proposal", proposal.toString())
                .with(signedInAs(users, "kazakhstan-observer"))).andReturn().getResponse().getContentAsString()).doesNotContain(title);
        assertThat(mvc.perform(get("/api/v1/networks/kazakhstan/library/papers").param("proposal", proposal.toString())
                .with(signedInAs(users, "kazakhstan-member"))).andReturn().getResponse().getContentAsString()).contains(title);
    }

    @Test
    void membersShareNoMinutesOrStatementsOfTheirOwn() throws Exception {
        String page = call(multipart("/networks/kazakhstan/library").param("form", "UPDATE").param("kind", "MINUTES")
                .param("title", "Minutes of our own").param("body", "Text").param("organisation", "UNDP")
                .param("itemDate", LocalDate.now(ALMATY).toString()).with(csrf()), "kazakhstan-member").getContentAsString();
        assertThat(page).contains("Minutes and joint statements come to the library");
        // and the form does not offer them
        String form = call(get("/networks/kazakhstan/library/new"), "kazakhstan-member").getContentAsString();
        assertThat(form).doesNotContain("value=\"MINUTES\"").doesNotContain("value=\"STATEMENT\"").contains("value=\"MEETING_PAPER\"");
    }
}
