package org.kenes.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kenes.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: created and revoked by their owner, checked on every API call that carries one. */
@Service
@Transactional
public class AccessTokens {

    static final String PREFIX = "kenes_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokens(AccessTokenRepository tokens, AccountRepository accounts, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the new token with its secret, which is never shown again. */
    public IssuedToken issue(UUID accountId, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        AccessToken token = tokens.save(new AccessToken(accountId, name.strip(), hash(value), clock.instant()));
        events.publishEvent(new AccessTokenChanged(token.id(), accountId, "created", name.strip()));
        return new IssuedToken(token.summary(), value);
    }

    public void revoke(UUID accountId, UUID tokenId) {
        AccessToken token = tokens.findByIdAndAccountId(tokenId, accountId).orElseThrow(() -> new TokenNotFound(tokenId));
        if (token.isActive()) {
            token.revoke(clock.instant());
            events.publishEvent(new AccessTokenChanged(token.id(), accountId, "revoked", token.summary().name()));
        }
    }

    @Transactional(readOnly = true)
    public List<AccessTokenSummary> of(UUID accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(AccessToken::summary).toList();
    }

    /** The principal a presented token stands for, if it is known, active and its account enabled. */
    Optional<KenesPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(presented))
                .filter(AccessToken::isActive)
                .flatMap(token -> {
                    token.usedAt(clock.instant());
                    return accounts.findById(token.accountId());
                })
                .filter(Account::enabled)
                .map(KenesPrincipal::of)
                .map(principal -> {
                    principal.eraseCredentials();
                    return principal;
                });
    }

    static String hash(String value) {
        return org.kenes.shared.Hashes.sha256Hex(value);
    }

    public record IssuedToken(AccessTokenSummary token, String secret) {
    }

    public static class TokenNotFound extends NotFoundException {
        TokenNotFound(UUID id) {
            super("No access token " + id + " for this account");
        }
    }
}
