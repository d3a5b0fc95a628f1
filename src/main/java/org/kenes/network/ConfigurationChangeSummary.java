package org.kenes.network;

import java.time.Instant;

public record ConfigurationChangeSummary(Instant appliedAt, String checksum, String sourceName, String changes) {
}
