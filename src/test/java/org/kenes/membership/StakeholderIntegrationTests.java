package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class StakeholderIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Stakeholders stakeholders;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    @ParameterizedTest(name = "{0} opens Turkmenistan's stakeholders")
    @ValueSource(strings = {"", "admin", "turkmenistan-secretariat", "turkmenistan-cochair", "turkmenistan-member",
            "turkmenistan-partner", "turkmenistan-observer", "kazakhstan-secretariat", "kazakhstan-member"})
    void theRegisterAndTheLogAreForTheNetworksMembers(String person) throws Exception {
        boolean member = List.of("turkmenistan-secretariat", "turkmenistan-cochair", "turkmenistan-member").contains(person);
        var page = get("/networks/turkmenistan/stakeholders").accept(MediaType.TEXT_HTML);
        var api = get("/api/v1/networks/turkmenistan/stakeholders/engagements");
        if (!person.isEmpty()) {
            page.with(signedInAs(users, person));
            api.with(signedInAs(users, person));
        }
        assertThat(mvc.perform(page).andReturn().getResponse().getStatus()).isEqualTo(person.isEmpty() ? 302 : member ? 200 : 403);
        assertThat(mvc.perform(api).andReturn().getResponse().getStatus()).isEqualTo(person.isEmpty() ? 401 : member ? 200 : 403);
    }

    @Test
    void aFocalPointLogsAnEngagementButOnlyTheSecretariatKeepsTheRegister() {
        // given the register of Kazakhstan and UNDP's focal point
        Viewer undp = viewer("kazakhstan-member");
        var centre = stakeholders.register("kazakhstan", undp).stream().filter(s -> s.acronym().equals("AMSC")).findFirst().orElseThrow();

        // when she logs a meeting with the migrant support centre, then it is in the log
        stakeholders.record("kazakhstan", new NewEngagement(LocalDate.now().minusDays(1), NewEngagement.EngagementKind.MEETING,
                centre.id(), "UNDP, AMSC", "Follow-up on legal aid for migrant workers in Almaty.", null), undp);
        assertThat(stakeholders.log("kazakhstan", 0, 5, undp)).anySatisfy(e -> assertThat(e.summary()).startsWith("Follow-up on legal aid"));

        // when she tries to add a stakeholder, then she is refused
        assertThatThrownBy(() -> stakeholders.add("kazakhstan", new NewStakeholder("X", "X", "", OrganisationKind.NGO, "focus", "", ""), undp))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void badInputNamesTheFieldToFix() throws Exception {
        // an engagement in the future, and a stakeholder that is in the register already
        mvc.perform(post("/networks/kazakhstan/stakeholders/engagements").with(signedInAs(users, "kazakhstan-secretariat")).with(csrf())
                        .param("occurredOn", LocalDate.now().plusDays(10).toString()).param("kind", "MEETING")
                        .param("stakeholderId", stakeholders.register("kazakhstan", viewer("kazakhstan-secretariat")).getFirst().id().toString())
                        .param("summary", "Not yet"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("newEngagement", "occurredOn"));
        mvc.perform(post("/networks/kazakhstan/stakeholders").with(signedInAs(users, "kazakhstan-secretariat")).with(csrf())
                        .param("acronym", "AMSC").param("kind", "NGO").param("focus", "Legal aid"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("newStakeholder", "acronym", "stakeholder.duplicate"));
    }
}
