package org.kenes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of a network at work, in Russian, as the secretariat and a member see them with the demo year: every page
 * answers, and no message key is left untranslated.
 */
@KenesIntegrationTest
class RussianPagesIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    private MockHttpServletResponse page(String path, String person) throws Exception {
        return mvc.perform(get(path).param("lang", "ru").accept(MediaType.TEXT_HTML).with(signedInAs(users, person)))
                .andReturn().getResponse();
    }

    private String api(String path, String person) throws Exception {
        return mvc.perform(get(path).accept(MediaType.APPLICATION_JSON).with(signedInAs(users, person))).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void everyPageOfTheNetworkAtWorkIsInRussianWithoutAMissingText() throws Exception {
        for (String network : List.of("kazakhstan", "turkmenistan")) {
            String secretariat = network + "-secretariat";
            List<String> paths = new ArrayList<>(List.of("/networks/" + network, "/networks/" + network + "/meetings",
                    "/networks/" + network + "/meetings/planner", "/networks/" + network + "/meetings/new",
                    "/networks/" + network + "/action-points", "/networks/" + network + "/meeting-requests",
                    "/networks/" + network + "/decisions", "/networks/" + network + "/decisions/new",
                    "/networks/" + network + "/decisions/register", "/networks/" + network + "/members",
                    "/networks/" + network + "/statements", "/networks/" + network + "/statements/register",
                    "/networks/" + network + "/library", "/networks/" + network + "/library/new", "/networks/" + network + "/search?q=мигрант",
                    "/profile", "/profile/notifications", "/calendar"));
            List<String> meetings = JsonPath.read(api("/api/v1/networks/" + network + "/meetings?size=5", secretariat), "$.items[*].id");
            meetings.forEach(id -> paths.add("/networks/" + network + "/meetings/" + id));
            List<String> proposals = JsonPath.read(api("/api/v1/networks/" + network + "/proposals?size=5", secretariat), "$.items[*].id");
            proposals.forEach(id -> paths.add("/networks/" + network + "/decisions/" + id));
            List<String> decisions = JsonPath.read(api("/api/v1/networks/" + network + "/decisions?size=5", secretariat), "$.items[*].number");
            decisions.forEach(number -> paths.add("/networks/" + network + "/decisions/register/" + number));
            List<String> statements = JsonPath.read(api("/api/v1/networks/" + network + "/statements?size=5", secretariat), "$.items[*].id");
            statements.forEach(id -> paths.add("/networks/" + network + "/statements/" + id));
            List<String> items = JsonPath.read(api("/api/v1/networks/" + network + "/library?size=5", secretariat), "$.items[*].id");
            items.forEach(id -> paths.add("/networks/" + network + "/library/" + id));
            paths.add("/networks/" + network + "/search");
            assertThat(meetings).isNotEmpty();
            assertThat(proposals).isNotEmpty();
            assertThat(decisions).isNotEmpty();

            for (String person : List.of(secretariat, network + "-member")) {
                for (String path : paths) {
                    MockHttpServletResponse response = page(path, person);
                    assertThat(response.getStatus()).as(person + " " + path).isIn(200, 403);
                    if (response.getStatus() == 200) {
                        String html = response.getContentAsString();
                        assertThat(html).as(person + " " + path).doesNotContain("??").contains("lang=\"ru\"");
                    }
                }
            }
        }
    }
}
