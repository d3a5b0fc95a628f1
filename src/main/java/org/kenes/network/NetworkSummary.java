package org.kenes.network;

import org.kenes.shared.LocalizedText;

/** A network as lists show it. */
public record NetworkSummary(String slug, LocalizedText name, LocalizedText shortName, String country) {

    static NetworkSummary of(NetworkConfiguration configuration) {
        return new NetworkSummary(configuration.slug(), configuration.name(), configuration.shortName(),
                configuration.country());
    }
}
