package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The permission matrix of the member list: every demo role of both networks, administrators and anonymous
 * visitors, on the page, its exports, its history and the secretariat's actions.
 */
@KenesIntegrationTest
class MemberListAccessIntegrationTests {

    private static final List<String> NETWORKS = List.of("kazakhstan", "turkmenistan");
    private static final List<String> ROLES = List.of("secretariat", "cochair", "member", "partner", "observer");
    private static final List<String> READ = List.of("/members", "/members.csv", "/members.xlsx", "/members.pdf",
            "/members/history");
    private static final List<String> SECRETARIAT_PAGES = List.of("/members/new", "/members/shares");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    static Stream<Arguments> everyoneAndEveryNetwork() {
        List<Arguments> cases = new ArrayList<>();
        for (String network : NETWORKS) {
            cases.add(Arguments.of(null, network));
            cases.add(Arguments.of("admin", network));
            for (String own : NETWORKS) {
                for (String role : ROLES) {
                    cases.add(Arguments.of(own + "-" + role, network));
                }
            }
        }
        return cases.stream();
    }

    private int status(MockHttpServletRequestBuilder request, String person) throws Exception {
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request.accept(MediaType.TEXT_HTML)).andReturn().getResponse().getStatus();
    }

    @ParameterizedTest(name = "{0} reads the member list of {1}")
    @MethodSource("everyoneAndEveryNetwork")
    void theMemberListIsForTheNetworksMembers(String person, String network) throws Exception {
        // given anyone, when they open the member list, its exports and its history
        boolean member = person != null && (person.equals(network + "-secretariat") || person.equals(network + "-cochair")
                || person.equals(network + "-member"));
        for (String path : READ) {
            int status = status(get("/networks/" + network + path), person);

            // then the network's members read them; everyone else signed in is refused; visitors must sign in
            assertThat(status).as(person + " " + path).isEqualTo(person == null ? 302 : member ? 200 : 403);
        }
        // and the API answers the same way
        for (String path : List.of("/members", "/members/history")) {
            MockHttpServletRequestBuilder request = get("/api/v1/networks/" + network + path);
            if (person != null) {
                request.with(signedInAs(users, person));
            }
            var response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(person + " API " + path).isEqualTo(person == null ? 401 : member ? 200 : 403);
            if (!member) {
                assertThat(response.getContentAsString()).doesNotContain("@");
            }
        }
    }

    @ParameterizedTest(name = "{0} adds a member to {1} through the API")
    @MethodSource("everyoneAndEveryNetwork")
    void onlyTheSecretariatAddsMembersThroughTheApi(String person, String network) throws Exception {
        boolean secretariat = (network + "-secretariat").equals(person);
        String acronym = "API" + Math.abs((person + network).hashCode() % 100000);
        String body = "{\"acronym\": \"" + acronym + "\", \"nameEn\": \"Test organisation\", \"kind\": \"NGO\","
                + " \"role\": \"OBSERVER\", \"joinedOn\": \"2026-01-01\","
                + " \"principal\": {\"fullName\": \"Тест Тестов\", \"email\": \"t@" + acronym.toLowerCase() + ".example\"}}";
        MockHttpServletRequestBuilder request = post("/api/v1/networks/" + network + "/members").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status).as(String.valueOf(person)).isEqualTo(person == null ? 401 : secretariat ? 201 : 403);
    }

    @ParameterizedTest(name = "{0} maintains the member list of {1}")
    @MethodSource("everyoneAndEveryNetwork")
    void onlyTheSecretariatMaintainsAndSharesTheList(String person, String network) throws Exception {
        boolean secretariat = (network + "-secretariat").equals(person);
        for (String path : SECRETARIAT_PAGES) {
            assertThat(status(get("/networks/" + network + path), person)).as(person + " " + path)
                    .isEqualTo(person == null ? 302 : secretariat ? 200 : 403);
        }
        if (!secretariat) {
            assertThat(status(post("/networks/" + network + "/members/share").with(csrf()), person))
                    .isEqualTo(person == null ? 302 : 403);
            assertThat(status(post("/networks/" + network + "/members").with(csrf())
                    .param("acronym", "XYZ").param("role", "MEMBER").param("joinedOn", "2026-01-01")
                    .param("principal.fullName", "X").param("principal.email", "x@example.org"), person))
                    .isEqualTo(person == null ? 302 : 403);
        }
    }
}
