package org.kenes.identity;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kenes.shared.Actors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts. Other modules create people's accounts through it. */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(AccountRepository accounts, PasswordEncoder passwordEncoder, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    public Optional<AccountSummary> find(UUID id) {
        return accounts.findById(id).map(Account::summary);
    }

    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsername(Account.normalise(username)).map(Account::summary);
    }

    /** Demo people, listed on the sign-in page while demo mode is on. */
    public List<AccountSummary> demoAccounts() {
        return accounts.findByDemoTrueOrderByUsername().stream().map(Account::summary).toList();
    }

    /** Creates the account unless one with that username exists; returns it either way. */
    @Transactional
    public AccountSummary ensure(NewAccount request) {
        return accounts.findByUsername(Account.normalise(request.username()))
                .map(Account::summary)
                .orElseGet(() -> create(request));
    }

    @Transactional
    public AccountSummary create(NewAccount request) {
        if (accounts.existsByUsername(Account.normalise(request.username()))
                || accounts.findByEmail(Account.normalise(request.email())).isPresent()) {
            throw new UsernameTaken(request.username());
        }
        Account account = new Account(request.username(), request.email(), request.displayName(),
                passwordEncoder.encode(request.password()), request.platformAdmin(), request.demo(), clock.instant());
        accounts.save(account);
        events.publishEvent(new AccountCreated(account.id(), account.username(), account.platformAdmin(), Actors.current()));
        return account.summary();
    }

    boolean anyPlatformAdmin() {
        return accounts.existsByPlatformAdminTrueAndDemoFalse();
    }

    public record NewAccount(String username, String email, String displayName, String password,
                             boolean platformAdmin, boolean demo) {
    }

    public static class UsernameTaken extends IllegalStateException {
        UsernameTaken(String username) {
            super("An account named '" + username + "', or with its e-mail address, exists already");
        }
    }
}
