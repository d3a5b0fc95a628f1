package org.kenes.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Demo mode fills both networks with demo people who all share one password, so it must never reach a production
 * database by accident: it is on by default only on the embedded database, and refused on any other unless the
 * operator overrides it explicitly.
 */
@Component
public class DemoMode {

    private final boolean enabled;

    public DemoMode(Settings settings, DataSourceProperties dataSource) {
        this.enabled = decide(settings.enabled(), settings.allowOnProductionDatabase(), dataSource.determineUrl());
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * @param requested null when the operator did not say, which means "on for the embedded database only"
     */
    static boolean decide(Boolean requested, boolean allowOnProductionDatabase, String jdbcUrl) {
        boolean embedded = jdbcUrl == null || jdbcUrl.startsWith("jdbc:h2:");
        if (requested == null) {
            return embedded;
        }
        if (requested && !embedded && !allowOnProductionDatabase) {
            throw new DemoModeRefused();
        }
        return requested;
    }

    @ConfigurationProperties("kenes.demo")
    public record Settings(Boolean enabled, boolean allowOnProductionDatabase) {
    }

    public static class DemoModeRefused extends IllegalStateException {
        DemoModeRefused() {
            super("Demo mode was requested (kenes.demo.enabled=true) but the database is not the embedded one. "
                    + "Demo people share a known password, so Kenes refuses to create them on a production database. "
                    + "Set kenes.demo.allow-on-production-database=true only for a disposable test database.");
        }
    }
}
