package org.kenes.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People sign in with their username or their e-mail address. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        String normalised = Account.normalise(login);
        return accounts.findByUsername(normalised)
                .or(() -> accounts.findByEmail(normalised))
                .map(KenesPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that login"));
    }
}
