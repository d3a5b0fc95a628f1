package org.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class SignInIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    private String newPerson() {
        String username = "person-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new Accounts.NewAccount(username, username + "@example.org", "Test Person",
                "correct horse battery", false, false));
        return username;
    }

    @Test
    void peopleSignInWithTheirUsernameOrTheirEmail() throws Exception {
        // given a person, when they sign in with the username, or the e-mail in capitals, then both work
        String username = newPerson();
        mvc.perform(formLogin("/login").user(username).password("correct horse battery")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(username.toUpperCase() + "@EXAMPLE.ORG").password("correct horse battery"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void passwordsAreStoredAsAdaptiveHashes() {
        // given a new person, then the stored password is a bcrypt hash, not the password
        String username = newPerson();
        String hash = jdbc.sql("select password_hash from identity_account where username = ?").param(username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse battery");
    }

    @Test
    void repeatedWrongPasswordsLockTheLoginForAWhile() throws Exception {
        // given a person whose password someone tries to guess five times
        String username = newPerson();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user(username).password("guess " + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password("guess 5")).andExpect(redirectedUrl("/login?locked"));

        // when even the right password is tried next
        // then the sign-in is refused with the "locked" message, before the password is checked
        mvc.perform(formLogin("/login").user(username).password("correct horse battery"))
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void creatingAnAccountIsAudited() {
        // given a new person, then the audit trail holds their account's creation
        String username = newPerson();
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'account' and details like ?")
                .param("username=" + username + "%").query(Integer.class).single()).isEqualTo(1);
    }
}
