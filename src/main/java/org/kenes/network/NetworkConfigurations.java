package org.kenes.network;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networks of this installation and their ToR configurations; other modules ask here. */
@Service
@Transactional(readOnly = true)
public class NetworkConfigurations {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(NetworkConfigurations.class);

    private final NetworkRepository networks;
    private final ConfigurationChangeRepository history;
    private final ConcurrentHashMap<String, NetworkConfiguration> parsed = new ConcurrentHashMap<>();

    NetworkConfigurations(NetworkRepository networks, ConfigurationChangeRepository history) {
        this.networks = networks;
        this.history = history;
    }

    /** The networks whose configuration is in force; one whose stored text no longer passes the checks is left out. */
    public List<NetworkSummary> all() {
        return networks.findAllByOrderBySlug().stream()
                .flatMap(network -> {
                    try {
                        return java.util.stream.Stream.of(configuration(network));
                    } catch (InvalidNetworkConfiguration e) {
                        log.warn("Network '{}' is left out: its stored configuration is no longer valid ({})", network.slug(), e.getMessage());
                        return java.util.stream.Stream.empty();
                    }
                })
                .map(NetworkSummary::of).toList();
    }

    public NetworkConfiguration of(String slug) {
        return networks.findBySlug(slug).map(this::configuration).orElseThrow(() -> new NetworkNotFound(slug));
    }

    public boolean exists(String slug) {
        return networks.findBySlug(slug).isPresent();
    }

    public List<ConfigurationChangeSummary> history(String slug) {
        return history.findByNetworkSlugOrderByAppliedAtDesc(slug).stream().map(ConfigurationChange::summary).toList();
    }

    /** Parsed once per checksum: the text in the database was valid when it was stored. */
    private NetworkConfiguration configuration(Network network) {
        return parsed.computeIfAbsent(network.checksum(),
                checksum -> NetworkConfigurationParser.parse(network.sourceName(), network.sourceText()));
    }

    static String checksum(String text) {
        return org.kenes.shared.Hashes.sha256Hex(text);
    }
}
