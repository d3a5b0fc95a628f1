package org.kenes.library;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** Where an item was offered, and whether the owning network agreed. */
public record ShareView(String network, String offeredBy, Instant offeredAt, String agreedBy, Instant agreedAt,
                        String decisionNumber) {

    @JsonProperty("agreed")
    public boolean agreed() {
        return agreedAt != null;
    }
}
