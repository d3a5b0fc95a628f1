package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The meetings API walked through by every kind of person: who plans, drafts, clears, circulates, records, writes,
 * reads and reports, and that everyone else is refused before anything changes. The rules are those of the pages.
 */
@KenesIntegrationTest
class MeetingApiIntegrationTests {

    private static final String API = "/api/v1/networks/kazakhstan";
    private static final String SECRETARIAT = "kazakhstan-secretariat";
    private static final String COCHAIR = "kazakhstan-cochair";
    /** UNDP's focal point. */
    private static final String MEMBER = "kazakhstan-member";
    /** The Ministry of Labour's focal point: an external partner, and in the labour migration working group (as is UNDP). */
    private static final String PARTNER = "kazakhstan-partner";
    /** ILO's focal point. */
    private static final String OBSERVER = "kazakhstan-observer";
    private static final String OTHER_SECRETARIAT = "turkmenistan-secretariat";
    /** Everyone the matrix tries, null standing for an anonymous caller. */
    private static final List<String> EVERYONE = Arrays.asList(null, SECRETARIAT, COCHAIR, MEMBER, PARTNER, OBSERVER, OTHER_SECRETARIAT);
    private static final List<String> MEMBERS = List.of(SECRETARIAT, COCHAIR, MEMBER);
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Meetings meetings;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String person) throws Exception {
        request.with(csrf());
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /**
     * Tries the request as everyone not allowed first (each refused, nothing shown), then as the allowed people in
     * order, and returns the last allowed person's answer.
     */
    private MockHttpServletResponse onlyFor(String step, Supplier<MockHttpServletRequestBuilder> request, int expected,
                                            String hidden, String... allowed) throws Exception {
        List<String> allowedPeople = List.of(allowed);
        List<String> mismatches = new ArrayList<>();
        for (String person : EVERYONE) {
            if (person != null && allowedPeople.contains(person)) {
                continue;
            }
            MockHttpServletResponse response = call(request.get(), person);
            int refused = person == null ? 401 : 403;
            if (response.getStatus() != refused) {
                mismatches.add(person + " got " + response.getStatus() + " instead of " + refused);
            } else if (!response.getContentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                mismatches.add(person + " got " + response.getContentType() + " instead of a problem");
            } else if (hidden != null && response.getContentAsString().contains(hidden)) {
                mismatches.add(person + " was refused but shown " + hidden);
            }
        }
        MockHttpServletResponse last = null;
        for (String person : allowedPeople) {
            last = call(request.get(), person);
            if (last.getStatus() != expected) {
                mismatches.add(person + " got " + last.getStatus() + " instead of " + expected + ": " + last.getContentAsString());
            }
        }
        assertThat(mismatches).as(step).isEmpty();
        return last;
    }

    private static String newMeeting(String type, UUID group, String title, LocalDate date) {
        return """
                {"type": "%s", "workingGroupId": %s, "title": "%s", "date": "%s", "time": "10:00",
                 "durationMinutes": 90, "place": "UN House, Astana", "onlineLink": "https://meet.example/api", "unctMeeting": null}"""
                .formatted(type, group == null ? "null" : "\"" + group + "\"", title, date);
    }

    @Test
    void theWholeMeetingIsRunThroughTheApiEachStepByItsOwnRoleOnly() throws Exception {
        // given a regular meeting that took place three days ago, planned through the API by the secretariat
        LocalDate threeDaysAgo = LocalDate.now(ALMATY).minusDays(3);
        String title = "API quarterly meeting on return migration";
        MockHttpServletResponse planned = onlyFor("plan", () -> json(post(API + "/meetings"),
                newMeeting("REGULAR", null, title, threeDaysAgo)), 201, null, SECRETARIAT);
        String id = JsonPath.read(planned.getContentAsString(), "$.id");
        String meeting = API + "/meetings/" + id;
        assertThat(planned.getHeader("Location")).isEqualTo(meeting);
        assertThat((String) JsonPath.read(planned.getContentAsString(), "$.title")).isEqualTo(title);
        assertThat((String) JsonPath.read(planned.getContentAsString(), "$.status")).isEqualTo("PLANNED");
        assertThat((String) JsonPath.read(planned.getContentAsString(), "$.startsAt")).startsWith(threeDaysAgo + "T10:00");

        // then the network's members read it, and no one else
        onlyFor("read", () -> get(meeting), 200, title, SECRETARIAT, COCHAIR, MEMBER);

        // the secretariat drafts the agenda, a co-chair clears it, the secretariat circulates it
        MockHttpServletResponse drafted = onlyFor("add an agenda item", () -> json(post(meeting + "/agenda"), """
                {"title": "Реинтеграция возвращающихся мигрантов", "purpose": "DISCUSSION", "presenter": "IOM", "durationMinutes": 30}"""),
                200, null, SECRETARIAT);
        assertThat((List<String>) JsonPath.read(drafted.getContentAsString(), "$.agenda[*].title"))
                .containsExactly("Реинтеграция возвращающихся мигрантов");
        String item = JsonPath.read(drafted.getContentAsString(), "$.agenda[0].id");
        onlyFor("clear the agenda", () -> post(meeting + "/agenda/clear"), 204, null, COCHAIR);
        onlyFor("circulate the agenda", () -> post(meeting + "/agenda/circulate"), 204, null, SECRETARIAT);
        String circulated = call(get(meeting), MEMBER).getContentAsString();
        assertThat((String) JsonPath.read(circulated, "$.status")).isEqualTo("AGENDA_CIRCULATED");
        assertThat((String) JsonPath.read(circulated, "$.agendaClearedBy")).isEqualTo(COCHAIR);

        // members read the attendance sheet; UNDP's focal point announces UNDP, the secretariat may too
        MockHttpServletResponse sheet = onlyFor("read the attendance sheet", () -> get(meeting + "/attendance"), 200, "UNDP",
                SECRETARIAT, COCHAIR, MEMBER);
        assertThat((List<String>) JsonPath.read(sheet.getContentAsString(), "$.lines[*].organisation")).contains("UNDP", "IOM");
        MockHttpServletResponse announced = onlyFor("announce UNDP's representative", () -> json(post(meeting + "/representation"),
                """
                {"organisation": "UNDP", "intention": "ATTENDING", "representative": "Нурлан Абенов"}"""), 200, null, MEMBER, SECRETARIAT);
        assertThat((List<String>) JsonPath.read(announced.getContentAsString(), "$.lines[?(@.organisation == 'UNDP')].representative"))
                .containsExactly("Нурлан Абенов");

        // the secretariat records that it was held, and who attended
        onlyFor("record the meeting held", () -> post(meeting + "/held"), 204, null, SECRETARIAT);
        MockHttpServletResponse recorded = onlyFor("record attendance", () -> json(post(meeting + "/attendance"), """
                {"attended": ["UNDP", "IOM"]}"""), 200, null, SECRETARIAT);
        assertThat((List<Boolean>) JsonPath.read(recorded.getContentAsString(), "$.lines[?(@.organisation == 'UNDP')].attended"))
                .containsExactly(true);
        assertThat((List<String>) JsonPath.read(recorded.getContentAsString(), "$.unrepresented")).doesNotContain("UNDP", "IOM").isNotEmpty();

        // the secretariat writes the minutes, the members read them, a co-chair clears them, the secretariat disseminates
        MockHttpServletResponse saved = onlyFor("save the draft minutes", () -> json(put(meeting + "/minutes"), """
                {"version": -1, "texts": {"%s": "Члены сети обсудили программы реинтеграции."}}""".formatted(item)),
                200, null, SECRETARIAT);
        assertThat((String) JsonPath.read(saved.getContentAsString(), "$.texts['" + item + "']"))
                .isEqualTo("Члены сети обсудили программы реинтеграции.");
        onlyFor("read the minutes", () -> get(meeting + "/minutes"), 200, "реинтеграции", SECRETARIAT, COCHAIR, MEMBER);
        onlyFor("clear the minutes", () -> post(meeting + "/minutes/clear"), 204, null, COCHAIR);
        onlyFor("disseminate the minutes", () -> post(meeting + "/minutes/disseminate"), 204, null, SECRETARIAT);
        assertThat((String) JsonPath.read(call(get(meeting + "/minutes"), MEMBER).getContentAsString(), "$.status"))
                .isEqualTo("DISSEMINATED");
        assertThat((String) JsonPath.read(call(get(meeting), MEMBER).getContentAsString(), "$.status"))
                .isEqualTo("MINUTES_DISSEMINATED");

        // the secretariat records an action point for UNDP; members find it in the tracker
        MockHttpServletResponse action = onlyFor("record an action point", () -> json(post(meeting + "/action-points"), """
                {"description": "Map reintegration services by region", "ownerOrganisation": "UNDP", "dueOn": "%s"}"""
                .formatted(LocalDate.now(ALMATY).plusDays(30))), 201, null, SECRETARIAT);
        String actionId = JsonPath.read(action.getContentAsString(), "$.id");
        assertThat(action.getHeader("Location")).isEqualTo(API + "/action-points/" + actionId);
        MockHttpServletResponse tracker = onlyFor("read the tracker", () -> get(API + "/action-points").param("owner", "UNDP")
                .param("size", "100"), 200, "Map reintegration services", SECRETARIAT, COCHAIR, MEMBER);
        assertThat((List<String>) JsonPath.read(tracker.getContentAsString(), "$.items[*].id")).contains(actionId);
        assertThat((List<String>) JsonPath.read(tracker.getContentAsString(), "$.items[*].ownerOrganisation")).containsOnly("UNDP");
        onlyFor("read one action point", () -> get(API + "/action-points/" + actionId), 200, "Map reintegration services",
                SECRETARIAT, COCHAIR, MEMBER);

        // UNDP's focal point reports progress on its own action point; no one else but the secretariat may
        onlyFor("report progress", () -> json(post(API + "/action-points/" + actionId + "/updates"), """
                {"status": "IN_PROGRESS", "note": "Three regions mapped"}"""), 204, null, MEMBER, SECRETARIAT);
        String reported = call(get(API + "/action-points/" + actionId), COCHAIR).getContentAsString();
        assertThat((String) JsonPath.read(reported, "$.status")).isEqualTo("IN_PROGRESS");
        assertThat((List<String>) JsonPath.read(reported, "$.updates[*].note")).containsExactly("Three regions mapped", "Three regions mapped");
        assertThat((List<String>) JsonPath.read(reported, "$.updates[*].recordedBy")).containsExactlyInAnyOrder(MEMBER, SECRETARIAT);
    }

    @Test
    void onlyTheSecretariatCancelsAndThenWithAReasonNamedInTheProblem() throws Exception {
        // given a meeting planned for next month
        UUID id = meetings.plan("kazakhstan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "API briefing to be cancelled",
                LocalDate.now(ALMATY).plusMonths(1), LocalTime.of(15, 0), 60, null, null, null), viewer(SECRETARIAT));
        String cancel = API + "/meetings/" + id + "/cancel";

        // when the secretariat cancels without a reason, then the meeting refuses, naming the field
        MockHttpServletResponse refused = call(json(post(cancel), "{\"reason\": \"  \"}"), SECRETARIAT);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.errors[0].field")).isEqualTo("reason");
        assertThat((String) JsonPath.read(call(get(API + "/meetings/" + id), MEMBER).getContentAsString(), "$.status"))
                .isEqualTo("PLANNED");

        // and with a reason, only the secretariat cancels it
        onlyFor("cancel", () -> json(post(cancel), "{\"reason\": \"The speakers are not available\"}"), 204, null, SECRETARIAT);
        String cancelled = call(get(API + "/meetings/" + id), MEMBER).getContentAsString();
        assertThat((String) JsonPath.read(cancelled, "$.status")).isEqualTo("CANCELLED");
        assertThat((String) JsonPath.read(cancelled, "$.cancellationReason")).isEqualTo("The speakers are not available");
    }

    @Test
    void aWorkingGroupMeetingIsSeenThroughTheApiByTheGroupAndTheSecretariatOnly() throws Exception {
        // given the labour migration working group, of which UNDP and the Ministry of Labour (the partner) are part,
        // and the co-chair, a network member, is not
        List<String> found = JsonPath.read(call(get(API + "/working-groups").param("size", "100"), SECRETARIAT).getContentAsString(),
                "$.items[?(@.nameEn =~ /Working Group on Labour Migration.*/)].id");
        UUID labour = UUID.fromString(found.getFirst());
        String title = "Labour group: ethical recruitment checklist";

        // when the secretariat plans the group's meeting through the API
        MockHttpServletResponse planned = call(json(post(API + "/meetings"),
                newMeeting("WORKING_GROUP", labour, title, LocalDate.now(ALMATY).plusDays(40))), SECRETARIAT);
        assertThat(planned.getStatus()).isEqualTo(201);
        String id = JsonPath.read(planned.getContentAsString(), "$.id");

        // then the group's members, its partner included, and the secretariat open it; the co-chair and everyone else do not
        onlyFor("read the group's meeting", () -> get(API + "/meetings/" + id), 200, title, SECRETARIAT, MEMBER, PARTNER);
        onlyFor("read the group's minutes", () -> get(API + "/meetings/" + id + "/minutes"), 200, title, SECRETARIAT, MEMBER, PARTNER);
        // and it is in the partner's list, not in the co-chair's
        assertThat((List<String>) JsonPath.read(call(get(API + "/meetings").param("size", "100"), PARTNER).getContentAsString(),
                "$.items[*].id")).contains(id);
        String coChairsList = call(get(API + "/meetings").param("size", "100"), COCHAIR).getContentAsString();
        assertThat((List<String>) JsonPath.read(coChairsList, "$.items[*].id")).isNotEmpty().doesNotContain(id);
        assertThat(coChairsList).doesNotContain(title);
    }

    @Test
    void badInputComesBackAsAProblemNamingTheField() throws Exception {
        // when a meeting without a title is sent, then nothing is planned and the problem names the field
        MockHttpServletResponse untitled = call(json(post(API + "/meetings"), newMeeting("REGULAR", null, "", LocalDate.now(ALMATY))),
                SECRETARIAT);
        assertThat(untitled.getStatus()).isEqualTo(400);
        assertThat(untitled.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((List<String>) JsonPath.read(untitled.getContentAsString(), "$.errors[*].field")).containsExactly("title");
        assertThat((List<String>) JsonPath.read(untitled.getContentAsString(), "$.errors[*].message")).containsExactly("must not be empty");

        // when a working-group meeting names no group, then the meeting's own rule refuses it with 422, naming the field
        MockHttpServletResponse groupless = call(json(post(API + "/meetings"),
                newMeeting("WORKING_GROUP", null, "A group meeting without its group", LocalDate.now(ALMATY))), SECRETARIAT);
        assertThat(groupless.getStatus()).isEqualTo(422);
        assertThat(groupless.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(groupless.getContentAsString(), "$.errors[0].field")).isEqualTo("type");
        assertThat((String) JsonPath.read(groupless.getContentAsString(), "$.detail")).contains("working group");

        // when an agenda item has no purpose and too long a duration, then both fields are named
        UUID id = meetings.plan("kazakhstan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "API validation meeting",
                LocalDate.now(ALMATY).plusDays(50), LocalTime.of(9, 0), 60, null, null, null), viewer(SECRETARIAT));
        MockHttpServletResponse badItem = call(json(post(API + "/meetings/" + id + "/agenda"),
                "{\"title\": \"Item\", \"durationMinutes\": 500}"), SECRETARIAT);
        assertThat(badItem.getStatus()).isEqualTo(400);
        assertThat((List<String>) JsonPath.read(badItem.getContentAsString(), "$.errors[*].field"))
                .containsExactlyInAnyOrder("purpose", "durationMinutes");
        assertThat(meetings.meeting("kazakhstan", id, viewer(SECRETARIAT)).agenda()).isEmpty();

        // and an organisation that is not a member cannot be announced, the problem naming it in Russian when asked
        MockHttpServletResponse stranger = call(json(post(API + "/meetings/" + id + "/representation"), """
                {"organisation": "NASA", "intention": "ATTENDING", "representative": "Someone"}""")
                .header("Accept-Language", "ru"), SECRETARIAT);
        assertThat(stranger.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(stranger.getContentAsString(), "$.errors[0].field")).isEqualTo("organisation");
        assertThat((String) JsonPath.read(stranger.getContentAsString(), "$.detail")).contains("NASA").contains("не является членом");
    }

    @Test
    void aStaleMinutesSaveIsAConflictThatKeepsBothTexts() throws Exception {
        // given a held meeting whose minutes two secretariat officers opened before any save (version -1)
        Viewer secretariat = viewer(SECRETARIAT);
        UUID id = meetings.plan("kazakhstan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "API meeting with contested minutes",
                LocalDate.now(ALMATY).minusDays(2), LocalTime.of(11, 0), 60, null, null, null), secretariat);
        meetings.addAgendaItem("kazakhstan", id, new NewAgendaItem("Remittance corridors", AgendaPurpose.DISCUSSION, "UNDP", 30), secretariat);
        meetings.clearAgenda("kazakhstan", id, viewer(COCHAIR));
        meetings.circulateAgenda("kazakhstan", id, secretariat);
        meetings.markHeld("kazakhstan", id, secretariat);
        UUID item = meetings.meeting("kazakhstan", id, secretariat).agenda().getFirst().id();
        String minutes = API + "/meetings/" + id + "/minutes";
        assertThat((Integer) JsonPath.read(call(get(minutes), SECRETARIAT).getContentAsString(), "$.version")).isEqualTo(-1);

        // when the first saves her text
        MockHttpServletResponse first = call(json(put(minutes), "{\"version\": -1, \"texts\": {\"%s\": \"%s\"}}"
                .formatted(item, "UNDP presented the cost of remittances by corridor.")), SECRETARIAT);
        assertThat(first.getStatus()).isEqualTo(200);
        int savedVersion = JsonPath.read(first.getContentAsString(), "$.version");

        // and the second saves his on the version he read
        MockHttpServletResponse second = call(json(put(minutes), "{\"version\": -1, \"texts\": {\"%s\": \"%s\"}}"
                .formatted(item, "Members asked for data on digital transfers.")), SECRETARIAT);

        // then he gets a conflict problem carrying her stored text and his own, and nothing was overwritten
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(second.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String problem = second.getContentAsString();
        assertThat((Integer) JsonPath.read(problem, "$.status")).isEqualTo(409);
        assertThat((String) JsonPath.read(problem, "$.current.texts['" + item + "']")).isEqualTo("UNDP presented the cost of remittances by corridor.");
        assertThat((Integer) JsonPath.read(problem, "$.current.version")).isEqualTo(savedVersion);
        assertThat((String) JsonPath.read(problem, "$.submitted['" + item + "']")).isEqualTo("Members asked for data on digital transfers.");
        assertThat((String) JsonPath.read(call(get(minutes), MEMBER).getContentAsString(), "$.texts['" + item + "']"))
                .isEqualTo("UNDP presented the cost of remittances by corridor.");

        // and once he merges on the current version, his save goes through
        MockHttpServletResponse merged = call(json(put(minutes), "{\"version\": %d, \"texts\": {\"%s\": \"%s\"}}".formatted(savedVersion,
                item, "UNDP presented the cost of remittances by corridor. Members asked for data on digital transfers.")), SECRETARIAT);
        assertThat(merged.getStatus()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(merged.getContentAsString(), "$.version")).isGreaterThan(savedVersion);

        // and texts for items the agenda does not have are refused, naming the field
        MockHttpServletResponse stray = call(json(put(minutes), "{\"version\": %d, \"texts\": {\"%s\": \"Lost text\"}}"
                .formatted((Integer) JsonPath.read(merged.getContentAsString(), "$.version"), UUID.randomUUID())), SECRETARIAT);
        assertThat(stray.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(stray.getContentAsString(), "$.errors[0].field")).isEqualTo("texts");
    }

    @Test
    void theAnnualMeetingIsOpenToPartnersButItsMinutesAndAttendanceAreNot() throws Exception {
        // given the Annual Network Meeting, which partners and observers may see
        MeetingView annual = meetings.visible("kazakhstan", viewer(SECRETARIAT), org.springframework.data.domain.PageRequest.of(0, 100))
                .stream().filter(m -> m.type() == MeetingType.ANNUAL_NETWORK_MEETING).findFirst().orElseThrow();
        String meeting = API + "/meetings/" + annual.id();

        // then they read the meeting, but not its internal minutes or attendance sheet
        onlyFor("read the annual meeting", () -> get(meeting), 200, annual.title(), SECRETARIAT, COCHAIR, MEMBER, PARTNER, OBSERVER);
        onlyFor("read the annual minutes", () -> get(meeting + "/minutes"), 200, null, SECRETARIAT, COCHAIR, MEMBER);
        onlyFor("read the annual attendance", () -> get(meeting + "/attendance"), 200, null, SECRETARIAT, COCHAIR, MEMBER);
    }

    @Test
    void aProgramActsThroughAPersonalAccessTokenWithItsOwnersRightsOnly() throws Exception {
        // given personal access tokens of the secretariat and of a member
        String secretariatToken = token(SECRETARIAT);
        String memberToken = token(MEMBER);
        String body = newMeeting("EXTRAORDINARY", null, "Meeting planned by a script", LocalDate.now(ALMATY).plusDays(60));

        // when a program plans a meeting with each, without any session or CSRF token
        var byMember = mvc.perform(json(post(API + "/meetings"), body).header("Authorization", "Bearer " + memberToken))
                .andReturn().getResponse();
        var bySecretariat = mvc.perform(json(post(API + "/meetings"), body).header("Authorization", "Bearer " + secretariatToken))
                .andReturn().getResponse();

        // then the member's token is refused and the secretariat's plans it
        assertThat(byMember.getStatus()).isEqualTo(403);
        assertThat(bySecretariat.getStatus()).isEqualTo(201);
        assertThat((String) JsonPath.read(bySecretariat.getContentAsString(), "$.title")).isEqualTo("Meeting planned by a script");
    }

    @Test
    void theApiDescriptionListsTheMeetingEndpoints() throws Exception {
        String description = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        Map<String, Object> paths = JsonPath.read(description, "$.paths");
        assertThat(paths).containsKeys(API.replace("kazakhstan", "{slug}") + "/meetings/{id}/minutes",
                "/api/v1/networks/{slug}/meetings/{id}/agenda/clear", "/api/v1/networks/{slug}/meetings/{id}/attendance",
                "/api/v1/networks/{slug}/action-points", "/api/v1/networks/{slug}/action-points/{id}/updates");
    }

    private String token(String person) throws Exception {
        String created = call(json(post("/api/v1/me/tokens"), "{\"name\": \"meetings script " + UUID.randomUUID() + "\"}"), person)
                .getContentAsString();
        return JsonPath.read(created, "$.secret");
    }
}
