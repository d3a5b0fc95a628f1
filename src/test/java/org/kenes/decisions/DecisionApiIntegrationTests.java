package org.kenes.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The decisions API: the same rules as the pages, for people and for programs with a token. */
@KenesIntegrationTest
class DecisionApiIntegrationTests {

    private static final String API = "/api/v1/networks/kazakhstan";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String person) throws Exception {
        request.with(csrf());
        if (!person.equals("anonymous")) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private String openProposal(String title) throws Exception {
        String deadline = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(4).toString();
        MockHttpServletResponse opened = call(json(post(API + "/proposals"), """
                {"title": "%s", "text": "The members agree.", "stateRelevant": false, "procedure": "WRITTEN_CONSULTATION",
                 "deadlineDate": "%s", "deadlineTime": "18:00"}""".formatted(title, deadline)), "kazakhstan-cochair");
        assertThat(opened.getStatus()).isEqualTo(201);
        return JsonPath.read(opened.getContentAsString(), "$.id");
    }

    @ParameterizedTest(name = "{0}: open {1}, read {2}, position {3}, register {4}")
    @CsvSource({
            "kazakhstan-cochair,       201, 200, 403, 200",
            "kazakhstan-secretariat,   201, 200, 403, 200",
            "kazakhstan-member,        403, 200, 200, 200",
            "kazakhstan-partner,       403, 403, 403, 200",
            "kazakhstan-observer,      403, 403, 403, 200",
            "turkmenistan-secretariat, 403, 403, 403, 403",
            "anonymous,                401, 401, 401, 401"})
    void whoMayOpenReadSpeakAndReadTheRegister(String person, int open, int read, int position, int register) throws Exception {
        String id = openProposal("API matrix " + UUID.randomUUID().toString().substring(0, 6));
        String deadline = LocalDate.now(ZoneId.of("Asia/Almaty")).plusDays(4).toString();
        MockHttpServletResponse opened = call(json(post(API + "/proposals"), """
                {"title": "By %s", "text": "Text", "procedure": "SILENCE_PROCEDURE", "deadlineDate": "%s", "deadlineTime": "12:00"}""".formatted(person, deadline)),
                person);
        assertThat(opened.getStatus()).as(opened.getContentAsString()).isEqualTo(open);
        MockHttpServletResponse shown = call(get(API + "/proposals/" + id), person);
        assertThat(shown.getStatus()).isEqualTo(read);
        if (read != 200) {
            assertThat(shown.getContentAsString()).doesNotContain("API matrix");
        }
        // UNDP's position: only UNDP's focal point speaks for UNDP
        assertThat(call(json(post(API + "/proposals/" + id + "/positions"), "{\"organisation\": \"UNDP\", \"kind\": \"SUPPORT\"}"), person)
                .getStatus()).isEqualTo(position);
        // the register: partners and observers reach it but see only their working groups' decisions
        assertThat(call(get(API + "/decisions"), person).getStatus()).isEqualTo(register);
    }

    @Test
    void badPositionsAreRefusedNamingTheField() throws Exception {
        String id = openProposal("API refusals " + UUID.randomUUID().toString().substring(0, 6));

        // an objection without its reason: 422, naming the note
        MockHttpServletResponse objection = call(json(post(API + "/proposals/" + id + "/positions"),
                "{\"organisation\": \"UNDP\", \"kind\": \"OBJECTION\"}"), "kazakhstan-member");
        assertThat(objection.getStatus()).isEqualTo(422);
        assertThat(objection.getContentType()).contains("application/problem+json");
        assertThat(objection.getContentAsString()).contains("note");

        // no position at all: refused naming the kind
        MockHttpServletResponse missing = call(json(post(API + "/proposals/" + id + "/positions"), "{\"organisation\": \"UNDP\"}"),
                "kazakhstan-member");
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("kind");

        // a valid one is shown back as UNDP's current position
        MockHttpServletResponse given = call(json(post(API + "/proposals/" + id + "/positions"),
                "{\"organisation\": \"UNDP\", \"kind\": \"STAND_ASIDE\", \"note\": \"Outside our mandate here\"}"), "kazakhstan-member");
        assertThat(given.getStatus()).isEqualTo(200);
        java.util.List<String> kinds = JsonPath.read(given.getContentAsString(), "$.members[?(@.organisation == 'UNDP')].current.kind");
        assertThat(kinds).containsExactly("STAND_ASIDE");
    }

    @Test
    void aProgramWithTheMembersTokenGivesItsPositionWithoutASession() throws Exception {
        String id = openProposal("API token " + UUID.randomUUID().toString().substring(0, 6));
        String created = call(json(post("/api/v1/me/tokens"), "{\"name\": \"positions " + UUID.randomUUID() + "\"}"), "kazakhstan-member")
                .getContentAsString();
        String token = JsonPath.read(created, "$.secret");
        MockHttpServletResponse given = mvc.perform(json(post(API + "/proposals/" + id + "/positions"),
                        "{\"organisation\": \"UNDP\", \"kind\": \"NO_OBJECTION\"}").header("Authorization", "Bearer " + token))
                .andReturn().getResponse();
        assertThat(given.getStatus()).isEqualTo(200);
        // and the same token cannot speak for another organisation
        assertThat(mvc.perform(json(post(API + "/proposals/" + id + "/positions"), "{\"organisation\": \"UNICEF\", \"kind\": \"SUPPORT\"}")
                .header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSecretariatFollowsADecisionsImplementationThroughTheApi() throws Exception {
        // given the demo decision on the joint key messages for International Migrants Day
        String register = call(get(API + "/decisions").param("size", "100"), "kazakhstan-secretariat").getContentAsString();
        java.util.List<String> numbers = JsonPath.read(register, "$.items[?(@.title == 'Joint UN key messages for International Migrants Day')].number");
        java.util.List<Integer> versions = JsonPath.read(register, "$.items[?(@.title == 'Joint UN key messages for International Migrants Day')].version");
        String number = numbers.getFirst();
        Integer version = versions.getFirst();

        // when a member tries to record the implementation, it is refused; the secretariat's goes through
        String update = "{\"status\": \"IN_PROGRESS\", \"note\": \"Under way\", \"version\": " + version + "}";
        assertThat(call(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(API + "/decisions/" + number + "/implementation"),
                update), "kazakhstan-member").getStatus()).isEqualTo(403);
        MockHttpServletResponse saved = call(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                API + "/decisions/" + number + "/implementation"), update), "kazakhstan-secretariat");
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(saved.getContentAsString(), "$.implementationNote")).isEqualTo("Under way");

        // and the same stale version a second time is refused, not overwritten
        MockHttpServletResponse stale = call(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                API + "/decisions/" + number + "/implementation"), update.replace("Under way", "Overwrite")), "kazakhstan-secretariat");
        assertThat(stale.getStatus()).isEqualTo(422);
        assertThat((String) JsonPath.read(call(get(API + "/decisions/" + number), "kazakhstan-secretariat").getContentAsString(),
                "$.implementationNote")).isEqualTo("Under way");
    }
}
