package org.kenes.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs a MockMvc request in as one of the demo people, as the sign-in form would. */
public final class People {

    private People() {
    }

    public static RequestPostProcessor signedInAs(UserDetailsService users, String username) {
        UserDetails person = users.loadUserByUsername(username);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(person, null, person.getAuthorities()));
    }
}
