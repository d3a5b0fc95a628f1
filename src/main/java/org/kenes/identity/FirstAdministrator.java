package org.kenes.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first platform administrator from settings ({@code KENES_ADMIN_USERNAME}, {@code _EMAIL},
 * {@code _PASSWORD}) when the installation has none yet. Once an administrator exists the settings are ignored,
 * so leaving them in place never resets a password.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Settings settings;
    private final Accounts accounts;

    FirstAdministrator(Settings settings, Accounts accounts) {
        this.settings = settings;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (settings.username() == null || settings.username().isBlank() || accounts.anyPlatformAdmin()) {
            return;
        }
        if (settings.password() == null || settings.password().length() < 12) {
            throw new IllegalStateException("kenes.admin.password must be at least 12 characters long");
        }
        String email = settings.email() == null || settings.email().isBlank()
                ? settings.username() + "@localhost" : settings.email();
        accounts.create(new Accounts.NewAccount(settings.username(), email, settings.username(), settings.password(),
                true, false));
        log.info("Created the first platform administrator '{}'", settings.username());
    }

    @ConfigurationProperties("kenes.admin")
    record Settings(String username, String email, String password) {
    }
}
