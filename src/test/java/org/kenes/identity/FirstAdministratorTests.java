package org.kenes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kenes.support.Installation;

class FirstAdministratorTests {

    private static Installation installation(String password) {
        return new Installation(
                "spring.datasource.url=jdbc:h2:mem:first-admin;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
                "server.port=0",
                "kenes.demo.enabled=false",
                "kenes.admin.username=ops",
                "kenes.admin.email=ops@example.org",
                "kenes.admin.password=" + password);
    }

    @Test
    void theFirstAdministratorIsCreatedFromSettingsOnceOnly() {
        // given a new installation started with the first-administrator settings
        try (var context = installation("a long passphrase").run()) {
            // then that administrator exists
            var admin = context.getBean(Accounts.class).findByUsername("ops");
            assertThat(admin).get().satisfies(a -> assertThat(a.platformAdmin()).isTrue());
        }
        // when it restarts with another password, then the existing administrator is left as it was
        try (var context = installation("another long passphrase").run()) {
            var passwords = context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class);
            var details = context.getBean(org.springframework.security.core.userdetails.UserDetailsService.class)
                    .loadUserByUsername("ops");
            assertThat(passwords.matches("a long passphrase", details.getPassword())).isTrue();
        }
    }
}
