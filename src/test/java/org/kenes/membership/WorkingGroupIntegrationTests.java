package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@KenesIntegrationTest
class WorkingGroupIntegrationTests {

    private static final List<String> ROLES = List.of("secretariat", "cochair", "member", "partner", "observer");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired WorkingGroups groups;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private UUID group(String network, String nameStart) {
        return groups.list(network, viewer(network + "-secretariat")).stream()
                .filter(g -> g.nameEn().startsWith(nameStart)).findFirst().orElseThrow().id();
    }

    static Stream<Arguments> everyone() {
        List<Arguments> cases = new ArrayList<>();
        cases.add(Arguments.of((Object) null));
        cases.add(Arguments.of("admin"));
        for (String network : List.of("kazakhstan", "turkmenistan")) {
            for (String role : ROLES) {
                cases.add(Arguments.of(network + "-" + role));
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

    @ParameterizedTest(name = "{0} opens Kazakhstan's working groups")
    @MethodSource("everyone")
    void externalPartnersSeeTheirWorkingGroupAndNotTheRestOfTheNetwork(String person) throws Exception {
        // given Kazakhstan's labour migration group (with the Ministry) and its ended review group (without it)
        UUID labour = group("kazakhstan", "Working Group on Labour Migration");
        UUID review = group("kazakhstan", "Ad hoc Working Group on the GCM");
        boolean member = person != null && List.of("kazakhstan-secretariat", "kazakhstan-cochair", "kazakhstan-member").contains(person);
        boolean ministry = "kazakhstan-partner".equals(person);
        int refused = person == null ? 302 : 403;

        // when they open the list and each group, then members see all, the Ministry its own group only
        assertThat(status(get("/networks/kazakhstan/working-groups"), person)).as("list").isEqualTo(member || ministry ? 200 : refused);
        assertThat(status(get("/networks/kazakhstan/working-groups/" + labour), person)).as("labour").isEqualTo(member || ministry ? 200 : refused);
        assertThat(status(get("/networks/kazakhstan/working-groups/" + review), person)).as("review").isEqualTo(member ? 200 : refused);
        // and the Ministry still does not read the member list of the network
        assertThat(status(get("/networks/kazakhstan/members"), person)).as("member list").isEqualTo(member ? 200 : refused);
    }

    @Test
    void theMinistryListsOnlyItsOwnGroups() {
        assertThat(groups.list("kazakhstan", viewer("kazakhstan-partner")))
                .extracting(WorkingGroup.WorkingGroupSummary::nameEn)
                .containsExactly("Working Group on Labour Migration and Social Protection");
    }

    @Test
    void anAdHocGroupIsArchivedAfterItsEndDateAndReadOnly() {
        // given the review group that ended months ago
        UUID review = group("kazakhstan", "Ad hoc Working Group on the GCM");
        assertThat(groups.group("kazakhstan", review, viewer("kazakhstan-member")).group().archived()).isTrue();

        // when the secretariat tries to add an organisation, then it is refused
        assertThatThrownBy(() -> groups.addMember("kazakhstan", review,
                new NewGroupMember("UNDP", MemberRole.MEMBER, new Contact("X", "", "x@undp.example", "", "")),
                viewer("kazakhstan-secretariat")))
                .isInstanceOf(RuleViolation.class).hasMessage("workingGroup.archived");
    }

    @Test
    void aWorkingGroupIsDrawnFromNetworkMembersPlusExternalPartners() {
        // given the Turkmenistan data group
        UUID data = group("turkmenistan", "Ad hoc Working Group on Migration Data");
        Viewer secretariat = viewer("turkmenistan-secretariat");

        // when an organisation that is no network member is added as a member, then it is refused
        assertThatThrownBy(() -> groups.addMember("turkmenistan", data,
                new NewGroupMember("SMS", MemberRole.MEMBER, new Contact("Y", "", "y@sms.example", "", "")), secretariat))
                .hasMessage("workingGroup.memberNotInNetwork");
        // and an ad-hoc group without an end date cannot be established
        assertThatThrownBy(() -> groups.establish("turkmenistan", new NewWorkingGroup("Temporary group", "", WorkingGroup.Kind.AD_HOC,
                "A mandate", "", java.time.LocalDate.of(2026, 1, 1), null, List.of("IOM")), secretariat))
                .hasMessage("workingGroup.adHocNeedsEnd");
    }
}
