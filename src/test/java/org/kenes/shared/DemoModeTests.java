package org.kenes.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoModeTests {

    private static final String H2 = "jdbc:h2:file:./data/kenes;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/kenes";

    @Test
    void demoModeIsOnByDefaultOnTheEmbeddedDatabase() {
        // given no setting, when the database is the embedded one, then demo mode is on
        assertThat(DemoMode.decide(null, false, H2)).isTrue();
    }

    @Test
    void demoModeIsOffByDefaultOnAProductionDatabase() {
        // given no setting, when the database is PostgreSQL, then demo mode is off
        assertThat(DemoMode.decide(null, false, POSTGRES)).isFalse();
    }

    @Test
    void demoModeIsRefusedOnAProductionDatabaseWithoutAnExplicitOverride() {
        // given demo mode requested, when the database is PostgreSQL, then start-up is refused with the reason
        assertThatThrownBy(() -> DemoMode.decide(true, false, POSTGRES))
                .isInstanceOf(DemoMode.DemoModeRefused.class)
                .hasMessageContaining("kenes.demo.allow-on-production-database");
    }

    @Test
    void demoModeRunsOnADisposableDatabaseWhenTheOperatorOverrides() {
        // given demo mode requested with the explicit override, when the database is PostgreSQL, then it is on
        assertThat(DemoMode.decide(true, true, POSTGRES)).isTrue();
    }

    @Test
    void demoModeCanBeSwitchedOffOnTheEmbeddedDatabase() {
        assertThat(DemoMode.decide(false, false, H2)).isFalse();
    }
}
