package org.kenes.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failed sign-ins for one login, further attempts for it are
 * refused for a while, whatever the password. Kept in memory per node, which bounds guessing per node; a cluster
 * multiplies the bound by its size, which is acceptable for these limits.
 */
@Component
class LoginThrottle {

    private static final int MAX_ENTRIES = 100_000;

    private final Settings settings;
    private final Clock clock;
    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    boolean isLocked(String login) {
        Failures entry = failures.get(key(login));
        return entry != null && entry.count() >= settings.maxFailures()
                && entry.last().plus(settings.lockout()).isAfter(clock.instant());
    }

    void failed(String login) {
        Instant now = clock.instant();
        failures.compute(key(login), (k, previous) -> previous == null || previous.last().plus(settings.lockout()).isBefore(now)
                ? new Failures(1, now)
                : new Failures(previous.count() + 1, now));
        if (failures.size() > MAX_ENTRIES) {
            // a flood of made-up logins: forget the expired ones, and if that is not enough, all of them
            failures.entrySet().removeIf(e -> e.getValue().last().plus(settings.lockout()).isBefore(now));
            if (failures.size() > MAX_ENTRIES) {
                failures.clear();
            }
        }
    }

    void succeeded(String login) {
        failures.remove(key(login));
    }

    private static String key(String login) {
        return login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
    }

    private record Failures(int count, Instant last) {
    }

    @ConfigurationProperties("kenes.sign-in")
    record Settings(Integer maxFailures, Duration lockout) {
        Settings {
            maxFailures = maxFailures == null ? 5 : maxFailures;
            lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        }
    }
}
