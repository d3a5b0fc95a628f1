package org.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class AccessTokenIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private String issue(String person, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/me/tokens").with(signedInAs(users, person)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.secret");
    }

    @Test
    void aTokenActsAsItsOwnerWithTheOwnersAccessOnly() throws Exception {
        // given a Kazakhstan focal point's token
        String token = issue("kazakhstan-member", "reporting script");

        // when a program calls the API with it
        // then it reads Kazakhstan, and Turkmenistan stays closed, as for the person
        mvc.perform(get("/api/v1/networks/kazakhstan").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.configuration.objectives.length()").value(12));
        mvc.perform(get("/api/v1/networks/turkmenistan").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.username").value("kazakhstan-member"));
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        // given a token that works
        String token = issue("turkmenistan-secretariat", "to revoke");
        String id = JsonPath.read(mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString(), "$[0].id");

        // when its owner revokes it
        mvc.perform(delete("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());

        // then it is refused with a problem, and it shows as revoked to its owner
        mvc.perform(get("/api/v1/networks/turkmenistan").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/me/tokens").with(signedInAs(users, "turkmenistan-secretariat")))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].revokedAt").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue())))
                .andExpect(jsonPath("$[?(@.id == '" + id + "' && @.revokedAt != null)]").isNotEmpty());
    }

    @Test
    void aTokenCannotMintAnotherToken() throws Exception {
        // given a token, when a program uses it to create a new token, then it is refused
        String token = issue("kazakhstan-member", "no offspring");
        mvc.perform(post("/api/v1/me/tokens").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"child\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/networks/kazakhstan").header("Authorization", "Bearer kenes_made-up"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void noOneCanRevokeAnotherPersonsToken() throws Exception {
        // given a token of a Kazakhstan focal point
        String token = issue("kazakhstan-member", "mine");
        String id = JsonPath.read(mvc.perform(get("/api/v1/me/tokens").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString(), "$[0].id");

        // when someone else tries to revoke it, then it is not found for them, and it still works
        mvc.perform(delete("/api/v1/me/tokens/" + id).with(signedInAs(users, "kazakhstan-secretariat")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void aSignedInPageSessionNeedsTheCsrfTokenToChangeAnything() throws Exception {
        // given a signed-in person without the form's CSRF token, when they create a token, then it is refused
        mvc.perform(post("/api/v1/me/tokens").with(signedInAs(users, "kazakhstan-member"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTokenNeedsAName() throws Exception {
        // given a request without a name, when sent, then a problem names the field
        mvc.perform(post("/api/v1/me/tokens").with(signedInAs(users, "kazakhstan-member")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("must not be empty"));
    }
}
