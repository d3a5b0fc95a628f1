package org.kenes.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@KenesIntegrationTest
class NetworkConfigurationLoaderIntegrationTests {

    @Autowired NetworkRepository networks;
    @Autowired ConfigurationChangeRepository history;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;
    @Autowired NetworkConfigurations configurations;
    @Autowired JdbcClient jdbc;

    @TempDir
    Path directory;

    private NetworkConfigurationLoader loaderFor(Path directory) {
        return new NetworkConfigurationLoader(new NetworkConfigurationLoader.Settings(List.of("file:" + directory + "/*.yaml")),
                networks, history, events, transaction, clock);
    }

    private void write(String text) throws IOException {
        Files.writeString(directory.resolve("testland.yaml"), text, StandardCharsets.UTF_8);
    }

    private static String testland() {
        return NetworkConfigurationParserTests.shipped("turkmenistan")
                .replace("slug: turkmenistan", "slug: testland")
                .replace("UN Network on Migration in Turkmenistan", "UN Network on Migration in Testland");
    }

    @Test
    void loadingIsIdempotentAndAChangedFileIsAppliedOnRestartAndRecorded() throws IOException {
        // given a new network's ToR file, loaded once
        write(testland());
        loaderFor(directory).afterSingletonsInstantiated();
        assertThat(configurations.of("testland").name().en()).isEqualTo("UN Network on Migration in Testland");

        // when the application restarts with the same file
        loaderFor(directory).afterSingletonsInstantiated();

        // then nothing new is recorded
        assertThat(configurations.history("testland")).hasSize(1);

        // when the file changes (a new objective text) and the application restarts
        write(testland().replace("Share regular updates on key, current", "Share frequent updates on key, current"));
        loaderFor(directory).afterSingletonsInstantiated();

        // then the change is applied, and kept in the history and the audit trail
        assertThat(configurations.of("testland").objectives().getFirst().text().en()).startsWith("Share frequent updates");
        assertThat(configurations.history("testland")).extracting(ConfigurationChangeSummary::changes)
                .containsExactly("objectives", "created");
        assertThat(jdbc.sql("select details from audit_entry where network_slug = 'testland' and action = 'updated'")
                .query(String.class).list()).singleElement().asString().contains("objectives");
    }

    @Test
    void theShippedNetworksAreConfiguredAtStartUp() {
        // given the application started, then both ToR networks are there with their objectives
        assertThat(configurations.of("kazakhstan").objectives()).hasSize(12);
        assertThat(configurations.of("turkmenistan").objectives()).hasSize(10);
        assertThat(configurations.history("kazakhstan")).isNotEmpty();
    }
}
