package org.kenes.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The permission matrix of the network pages and API: every demo role of both networks, and anonymous visitors. */
@KenesIntegrationTest
class NetworkAccessIntegrationTests {

    private static final List<String> NETWORKS = List.of("kazakhstan", "turkmenistan");
    private static final List<String> ROLES = List.of("secretariat", "cochair", "member", "partner", "observer");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

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

    private String displayName(String username) {
        return ((org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username)).displayName();
    }

    private MvcResult call(MockHttpServletRequestBuilder request, String person) throws Exception {
        if (person != null) {
            request.with(signedInAs(users, person));
        }
        return mvc.perform(request).andReturn();
    }

    @ParameterizedTest(name = "{0} opens the home page of {1}")
    @MethodSource("everyoneAndEveryNetwork")
    void aNetworksOwnPagesAreForThePeopleWhoTakePartInIt(String person, String network) throws Exception {
        // given a person (or an anonymous visitor) and a network
        // when they open the network's home page and its API resource
        MvcResult page = call(get("/networks/" + network).accept(MediaType.TEXT_HTML), person);
        MvcResult api = call(get("/api/v1/networks/" + network), person);

        // then participants and administrators see it; others signed in are refused; anonymous visitors must sign in
        boolean participant = person != null && (person.equals("admin") || person.startsWith(network + "-"));
        if (person == null) {
            assertThat(page.getResponse().getStatus()).isEqualTo(302);
            assertThat(page.getResponse().getRedirectedUrl()).endsWith("/login");
            assertThat(api.getResponse().getStatus()).isEqualTo(401);
            assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
        } else if (participant) {
            assertThat(page.getResponse().getStatus()).isEqualTo(200);
            assertThat(api.getResponse().getStatus()).isEqualTo(200);
            assertThat(api.getResponse().getContentAsString()).contains("\"slug\":\"" + network + "\"");
        } else {
            assertThat(page.getResponse().getStatus()).isEqualTo(403);
            assertThat(api.getResponse().getStatus()).isEqualTo(403);
            assertThat(api.getResponse().getContentAsString()).doesNotContain("\"objectives\"");
        }
    }

    @ParameterizedTest(name = "{0} opens the public page of {1}")
    @MethodSource("everyoneAndEveryNetwork")
    void aNetworksPublicPageIsOpenToEveryoneAndShowsNoPeople(String person, String network) throws Exception {
        // given anyone, when they open the public page and the public API resource
        MvcResult page = call(get("/networks/" + network + "/public"), person);
        MvcResult api = call(get("/api/v1/networks/" + network + "/public"), person);

        // then both answer, and neither names another person or shows an e-mail address
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        for (String body : List.of(page.getResponse().getContentAsString(), api.getResponse().getContentAsString())) {
            assertThat(body).doesNotContain("@kenes.example");
            for (String other : NETWORKS) {
                for (String role : ROLES) {
                    String someone = other + "-" + role;
                    if (!someone.equals(person)) {
                        assertThat(body).doesNotContain(displayName(someone)).doesNotContain(someone);
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} opens the audit trail of {1}")
    @MethodSource("everyoneAndEveryNetwork")
    void theAuditTrailIsForTheNetworksSecretariat(String person, String network) throws Exception {
        // given anyone, when they open a network's audit trail
        MvcResult page = call(get("/networks/" + network + "/audit").accept(MediaType.TEXT_HTML), person);

        // then only its secretariat and administrators see it
        boolean allowed = person != null && (person.equals("admin") || person.equals(network + "-secretariat"));
        int expected = person == null ? 302 : allowed ? 200 : 403;
        assertThat(page.getResponse().getStatus()).isEqualTo(expected);
        if (allowed) {
            // the trail shows the network's own records, and no other network's
            String other = network.equals("kazakhstan") ? "turkmenistan" : "kazakhstan";
            assertThat(page.getResponse().getContentAsString()).contains("data-network=\"" + network + "\"")
                    .doesNotContain("data-network=\"" + other + "\"");
        }
    }
}
