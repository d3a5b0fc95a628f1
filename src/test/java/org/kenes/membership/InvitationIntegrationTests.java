package org.kenes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kenes.support.People.signedInAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@KenesIntegrationTest
class InvitationIntegrationTests {

    private static final Pattern LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{20,})");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Members members;
    @Autowired org.kenes.shared.ViewerSource viewers;
    @Autowired JdbcClient jdbc;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    /** Invites a focal point without an account and returns the token from the e-mail that arrived. */
    private String invite(String network, String acronym, String name) throws Exception {
        MemberListEntry member = members.list(network, null, viewer(network + "-secretariat")).stream()
                .filter(m -> m.acronym().equals(acronym)).findFirst().orElseThrow();
        var person = member.focalPoints().stream().filter(f -> f.fullName().equals(name)).findFirst().orElseThrow();
        mvc.perform(post("/networks/" + network + "/members/" + member.memberId() + "/invitations")
                        .param("personId", person.personId().toString())
                        .with(signedInAs(users, network + "-secretariat")).with(csrf()))
                .andExpect(redirectedUrl("/networks/" + network + "/members/" + member.memberId()));
        MimeMessage mail = Arrays.stream(TestMailServer.get().getReceivedMessages())
                .filter(m -> recipient(m).equals(person.email())).reduce((a, b) -> b).orElseThrow();
        Matcher link = LINK.matcher((String) mail.getContent());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }

    @Test
    void anInvitedFocalPointCreatesHerAccountOnceAndSignsIn() throws Exception {
        // given an invitation to IOM Kazakhstan's alternate focal point
        String token = invite("kazakhstan", "IOM", "Руслан Ахметов");
        mvc.perform(get("/invitations/" + token)).andExpect(status().isOk()).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Руслан Ахметов")));

        // when he chooses a username and a password
        mvc.perform(post("/invitations/" + token).with(csrf()).param("username", "r.akhmetov")
                        .param("password", "steppe and mountains").param("repeatPassword", "steppe and mountains"))
                .andExpect(redirectedUrl("/login?welcome"));

        // then he signs in with his e-mail address, and he is a member of the network
        mvc.perform(formLogin("/login").user("r.akhmetov@iom.example").password("steppe and mountains")).andExpect(redirectedUrl("/"));
        assertThat(viewer("r.akhmetov").isMemberOf("kazakhstan")).isTrue();

        // and the link cannot be used again
        mvc.perform(get("/invitations/" + token).param("lang", "en")).andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("already been used")));
    }

    @Test
    void anExpiredInvitationIsRefusedWithAClearMessage() throws Exception {
        // given an invitation sent eight days ago
        String token = invite("kazakhstan", "UNHCR", "Madina Seitova");
        jdbc.sql("update membership_invitation set expires_at = ? where token_hash = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))), Invitations.hash(token))
                .update();

        // when it is opened, then it is refused and says why
        mvc.perform(get("/invitations/" + token).param("lang", "ru")).andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Срок действия приглашения истёк")));
    }

    @Test
    void resendingReplacesTheEarlierLink() throws Exception {
        // given an invitation sent twice to UNICEF Turkmenistan's alternate
        String first = invite("turkmenistan", "UNICEF", "Aziza Hojamuradova");
        String second = invite("turkmenistan", "UNICEF", "Aziza Hojamuradova");

        // then the first link no longer works, and the second does
        mvc.perform(get("/invitations/" + first).param("lang", "en")).andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("withdrawn by the secretariat")));
        mvc.perform(get("/invitations/" + second)).andExpect(status().isOk());

        // and two different passwords are refused on the field, keeping the link usable
        mvc.perform(post("/invitations/" + second).with(csrf()).param("username", "a.hojamuradova")
                        .param("password", "a long passphrase 1").param("repeatPassword", "a long passphrase 2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("acceptance", "repeatPassword", "invitation.password.mismatch"));
        mvc.perform(get("/invitations/" + second)).andExpect(status().isOk());
    }

    @Test
    void onlyTheSecretariatInvites() throws Exception {
        MemberListEntry iom = members.list("kazakhstan", null, viewer("kazakhstan-secretariat")).stream()
                .filter(m -> m.acronym().equals("IOM")).findFirst().orElseThrow();
        mvc.perform(post("/networks/kazakhstan/members/" + iom.memberId() + "/invitations")
                        .param("personId", iom.focalPoints().getFirst().personId().toString())
                        .with(signedInAs(users, "kazakhstan-member")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
