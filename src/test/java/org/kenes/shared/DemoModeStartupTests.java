package org.kenes.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.kenes.support.Installation;
import org.springframework.core.NestedExceptionUtils;

class DemoModeStartupTests {

    @Test
    void demoModeCannotBeEnabledAgainstPostgreSqlWithoutAnExplicitOverride() {
        // given a production database (never contacted: the refusal comes first) and demo mode asked for
        Installation application = new Installation(
                "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/production",
                "server.port=0",
                "kenes.demo.enabled=true");

        // when the application starts
        Throwable failure = catchThrowable(() -> application.run().close());

        // then it refuses, and says how to override for a disposable database
        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(DemoMode.DemoModeRefused.class)
                .hasMessageContaining("kenes.demo.allow-on-production-database=true");
    }
}
