package org.kenes.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Configures the networks from their ToR files before the application takes any request. Every file is read and
 * checked first, so a malformed file stops start-up with nothing applied; an unchanged file (same checksum) is left
 * alone, so restarts are idempotent; a changed file is applied and recorded in the network's history.
 */
@Component
class NetworkConfigurationLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(NetworkConfigurationLoader.class);

    private final Settings settings;
    private final NetworkRepository networks;
    private final ConfigurationChangeRepository history;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    NetworkConfigurationLoader(Settings settings, NetworkRepository networks, ConfigurationChangeRepository history,
                               ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.settings = settings;
        this.networks = networks;
        this.history = history;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<SourceFile> files = read();
        transaction.executeWithoutResult(status -> files.forEach(this::apply));
    }

    private List<SourceFile> read() {
        List<SourceFile> files = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (Resource resource : resources()) {
            String name = resource.getFilename();
            String text = text(resource);
            NetworkConfiguration configuration = NetworkConfigurationParser.parse(name, text);
            String earlier = slugs.put(configuration.slug(), name);
            if (earlier != null) {
                throw new InvalidNetworkConfiguration(name, 1, "slug",
                        "'" + configuration.slug() + "' is already the slug of " + earlier);
            }
            files.add(new SourceFile(name, text, configuration));
        }
        return files;
    }

    private List<Resource> resources() {
        var resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String location : settings.locations()) {
            try {
                resources.addAll(List.of(resolver.getResources(location)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list network configurations at " + location, e);
            }
        }
        resources.sort(Comparator.comparing(Resource::getFilename));
        return resources;
    }

    private static String text(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read network configuration " + resource.getDescription(), e);
        }
    }

    private void apply(SourceFile file) {
        String checksum = NetworkConfigurations.checksum(file.text());
        NetworkConfiguration configuration = file.configuration();
        Network network = networks.findBySlug(configuration.slug()).orElse(null);
        if (network != null && network.checksum().equals(checksum)) {
            return;
        }
        boolean created = network == null;
        List<String> changes = created ? List.of("created") : changesFrom(network, configuration);
        if (created) {
            network = new Network(configuration);
        }
        network.configure(configuration, file.name(), file.text(), checksum, clock.instant());
        networks.save(network);
        history.save(new ConfigurationChange(configuration.slug(), clock.instant(), checksum, file.name(),
                String.join(", ", changes), file.text()));
        events.publishEvent(new NetworkConfigured(configuration.slug(), checksum, created, changes));
        log.info("Network '{}' {} from {}", configuration.slug(), created ? "created" : "reconfigured", file.name());
    }

    /** What changed since the stored text; everything, when the stored text no longer passes today's checks. */
    private static List<String> changesFrom(Network network, NetworkConfiguration configuration) {
        try {
            return configuration.changesFrom(NetworkConfigurationParser.parse(network.sourceName(), network.sourceText()));
        } catch (InvalidNetworkConfiguration e) {
            return List.of("all");
        }
    }

    private record SourceFile(String name, String text, NetworkConfiguration configuration) {
    }

    @ConfigurationProperties("kenes.networks")
    record Settings(List<String> locations) {
        Settings {
            locations = locations == null || locations.isEmpty() ? List.of("classpath*:networks/*.yaml") : List.copyOf(locations);
        }
    }
}
