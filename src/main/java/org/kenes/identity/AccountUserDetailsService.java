package org.kenes.identity;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People sign in with their username or their e-mail address. A login locked by repeated failures is refused here,
 * inside authentication, whatever address the sign-in form was posted to.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final LoginThrottle throttle;

    AccountUserDetailsService(AccountRepository accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        KenesPrincipal principal = find(login).map(KenesPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No account for that login"));
        if (throttle.isLocked(principal.getUsername())) {
            throw new LockedException("Too many failed sign-ins");
        }
        return principal;
    }

    /** The account a typed login names, by username or e-mail. */
    @Transactional(readOnly = true)
    java.util.Optional<Account> find(String login) {
        if (login == null) {
            return java.util.Optional.empty();
        }
        String normalised = Account.normalise(login);
        return accounts.findByUsername(normalised).or(() -> accounts.findByEmail(normalised));
    }

    /** The key failures are counted under: the account's username when the login names one. */
    String throttleKey(String login) {
        return find(login).map(Account::username).orElse(login == null ? "" : Account.normalise(login));
    }
}
