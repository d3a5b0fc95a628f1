package org.kenes.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database an integration test runs on. The build runs every integration test twice: on the embedded
 * H2 database, and on PostgreSQL ({@code -Dkenes.test.database=postgres}). Without a reachable PostgreSQL the second
 * run is skipped with the reason printed, unless {@code kenes.test.postgres.required} is true (as in CI), where
 * it fails.
 */
public final class TestDatabase implements ExecutionCondition, ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static volatile String prepared;

    static boolean postgres() {
        return "postgres".equals(System.getProperty("kenes.test.database"));
    }

    /** One database per test JVM, so that two test runs on one machine never drop each other's database. */
    private static String url() {
        String configured = System.getProperty("kenes.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/kenes_test");
        String[] parts = configured.split("\\?", 2);
        return parts[0] + "_" + ProcessHandle.current().pid() + (parts.length > 1 ? "?" + parts[1] : "");
    }

    private static String username() {
        return System.getProperty("kenes.test.postgres.username", "postgres");
    }

    private static String password() {
        return System.getProperty("kenes.test.postgres.password", "");
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!postgres()) {
            return ConditionEvaluationResult.enabled("runs on the embedded H2 database");
        }
        try {
            prepare();
            return ConditionEvaluationResult.enabled("runs on PostgreSQL at " + url());
        } catch (SQLException e) {
            String reason = "PostgreSQL run skipped: no PostgreSQL server answered at " + url() + " (" + e.getMessage() + ")";
            if (Boolean.getBoolean("kenes.test.postgres.required")) {
                throw new IllegalStateException(reason.replace("skipped", "required but impossible"), e);
            }
            System.out.println(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }

    /** A fresh database for each test JVM, so every run starts from the migrations. */
    private static synchronized void prepare() throws SQLException {
        if (url().equals(prepared)) {
            return;
        }
        String target = url();
        String database = target.substring(target.lastIndexOf('/') + 1).split("\\?")[0];
        String server = target.substring(0, target.lastIndexOf('/')) + "/postgres";
        DriverManager.setLoginTimeout(5);
        try (Connection connection = DriverManager.getConnection(server, username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
        }
        prepared = target;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection connection = DriverManager.getConnection(server, username(), password());
                 Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            } catch (SQLException e) {
                System.out.println("Could not drop the test database " + database + ": " + e.getMessage());
            }
        }));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return;
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kenes-test-postgres", Map.of(
                "spring.datasource.url", url(),
                "spring.datasource.username", username(),
                "spring.datasource.password", password(),
                "kenes.demo.enabled", "true",
                "kenes.demo.allow-on-production-database", "true")));
    }
}
