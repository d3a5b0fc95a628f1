package org.kenes.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.decisions.PositionKind;
import org.kenes.decisions.ProposalView;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The statements API, step by step, with the rules of the pages and errors that name the field in the caller's language. */
@KenesIntegrationTest
class StatementApiIntegrationTests {

    private static final String API = "/api/v1/networks/kazakhstan/statements";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Autowired MockMvc mvc;
    @Autowired Consultations consultations;
    @Autowired Statements statements;
    @Autowired Clock clock;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String person) throws Exception {
        return mvc.perform(request.with(csrf()).with(signedInAs(users, person))).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static String draft(String en, String ru) {
        return """
                {"texts": [{"language": "en", "title": "%s", "text": "The Network calls for safe migration."},
                           {"language": "ru", "title": "%s", "text": "Сеть призывает к безопасной миграции."}],
                 "note": "First draft"}""".formatted(en, ru);
    }

    @Test
    void aStatementIsDraftedEndorsedSignedOffAndDeliveredThroughTheApi() throws Exception {
        String title = "API statement on safe migration " + UUID.randomUUID().toString().substring(0, 6);

        // when a member drafts one, it is refused; when the secretariat does, it is created in both languages
        assertThat(call(json(post(API), draft(title, "Заявление")), "kazakhstan-member").getStatus()).isEqualTo(403);
        MockHttpServletResponse created = call(json(post(API), draft(title, "Заявление о безопасной миграции")), "kazakhstan-secretariat");
        assertThat(created.getStatus()).isEqualTo(201);
        String id = JsonPath.read(created.getContentAsString(), "$.id");
        assertThat((String) JsonPath.read(created.getContentAsString(), "$.status")).isEqualTo("DRAFT");
        assertThat((List<String>) JsonPath.read(created.getContentAsString(), "$.current.texts[*].language")).containsExactly("en", "ru");

        // and a second version shows its difference from the first
        String second = call(json(post(API + "/" + id + "/versions"), draft(title + " and regular pathways", "Заявление о безопасной миграции")),
                "kazakhstan-cochair").getContentAsString();
        assertThat((Integer) JsonPath.read(second, "$.current.number")).isEqualTo(2);
        String difference = call(get(API + "/" + id + "/versions/2"), "kazakhstan-member").getContentAsString();
        assertThat((String) JsonPath.read(difference, "$.languages[0].titleHtml")).endsWith("<ins> and regular pathways</ins>");
        assertThat((Boolean) JsonPath.read(difference, "$.languages[1].changed")).isFalse();

        // when a co-chair puts it to the members in a meeting, and the secretariat records every member's support
        String submitted = call(json(post(API + "/" + id + "/endorsement"), "{\"procedure\": \"IN_MEETING\"}"), "kazakhstan-cochair")
                .getContentAsString();
        assertThat(submitted).contains("\"status\":\"IN_ENDORSEMENT\"");
        UUID proposal = UUID.fromString(JsonPath.read(submitted, "$.endorsementProposalId"));
        for (ProposalView.MemberLine member : consultations.forNotice("kazakhstan", proposal).members()) {
            consultations.givePosition("kazakhstan", proposal, member.organisation(), PositionKind.SUPPORT, null,
                    viewer("kazakhstan-secretariat"));
        }
        consultations.closeInMeeting("kazakhstan", proposal, viewer("kazakhstan-secretariat"));
        String status = null;
        for (int i = 0; i < 100 && !"ENDORSED".equals(status); i++) {
            status = JsonPath.read(call(get(API + "/" + id), "kazakhstan-member").getContentAsString(), "$.status");
            Thread.sleep(100);
        }
        assertThat(status).isEqualTo("ENDORSED");

        // then a member cannot sign it off; the co-chair signs for her position and the secretariat records the other's
        assertThat(call(post(API + "/" + id + "/sign-offs"), "kazakhstan-member").getStatus()).isEqualTo(403);
        String signed = call(post(API + "/" + id + "/sign-offs"), "kazakhstan-cochair").getContentAsString();
        List<String> open = JsonPath.read(signed, "$.coChairs[?(@.signOff == null)].positionCode");
        assertThat(open).hasSize(1);
        MockHttpServletResponse early = call(json(post(API + "/" + id + "/delivery"),
                "{\"deliveredOn\": \"" + LocalDate.now(clock.withZone(ALMATY)) + "\", \"occasion\": \"Too early\"}"), "kazakhstan-cochair");
        assertThat(early.getStatus()).isEqualTo(422);
        String complete = call(json(post(API + "/" + id + "/sign-offs"), "{\"position\": \"" + open.getFirst() + "\"}"),
                "kazakhstan-secretariat").getContentAsString();
        assertThat((String) JsonPath.read(complete, "$.status")).isEqualTo("SIGNED_OFF");

        // when the delivery comes without an occasion, in Russian, it is refused naming the field
        MockHttpServletResponse noOccasion = call(json(post(API + "/" + id + "/delivery").param("lang", "ru"),
                "{\"deliveredOn\": \"" + LocalDate.now(clock.withZone(ALMATY)) + "\"}"), "kazakhstan-cochair");
        assertThat(noOccasion.getStatus()).isEqualTo(422);
        assertThat((List<Map<String, String>>) JsonPath.read(noOccasion.getContentAsString(), "$.errors"))
                .containsExactly(Map.of("field", "occasion", "message", "Укажите повод, по которому заявление было оглашено."));

        // then with it, it is delivered
        String delivered = call(json(post(API + "/" + id + "/delivery"), "{\"deliveredOn\": \"" + LocalDate.now(clock.withZone(ALMATY))
                + "\", \"occasion\": \"Regional consultation on the GCM, Almaty\"}"), "kazakhstan-cochair").getContentAsString();
        assertThat((String) JsonPath.read(delivered, "$.status")).isEqualTo("DELIVERED");
        assertThat((List<String>) JsonPath.read(call(get(API).param("delivered", "true").param("size", "100"), "kazakhstan-member")
                .getContentAsString(), "$.items[*].id")).contains(id);
    }

    @Test
    void aDraftWithoutItsRussianTitleIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        // when the Russian title is blank
        MockHttpServletResponse blank = call(json(post(API).param("lang", "ru"), draft("A statement", "")), "kazakhstan-secretariat");

        // then the answer names the field, in Russian
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat((List<Map<String, String>>) JsonPath.read(blank.getContentAsString(), "$.errors"))
                .containsExactly(Map.of("field", "texts[1].title", "message", "не может быть пустым"));

        // when the Russian text is left out altogether, then the rule names the field and the language
        MockHttpServletResponse missing = call(json(post(API).param("lang", "ru"),
                "{\"texts\": [{\"language\": \"en\", \"title\": \"A statement\", \"text\": \"Text\"}]}"), "kazakhstan-secretariat");
        assertThat(missing.getStatus()).isEqualTo(422);
        assertThat((List<Map<String, String>>) JsonPath.read(missing.getContentAsString(), "$.errors")).containsExactly(Map.of(
                "field", "texts[1].title", "message", "Укажите заголовок (язык: русский): на каждом языке Сети нужен заголовок."));
    }
}
