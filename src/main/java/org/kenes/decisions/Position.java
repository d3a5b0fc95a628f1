package org.kenes.decisions;

import java.time.Instant;

/** A member organisation's position, who gave it and when. */
public record Position(String organisation, PositionKind kind, String note, String givenBy, Instant givenAt) {
}
