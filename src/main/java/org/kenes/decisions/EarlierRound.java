package org.kenes.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A round of a consultation that a revision ended: what was proposed then, and until when. */
@Embeddable
public record EarlierRound(@Column(nullable = false) int round, @Column(nullable = false) String text, Instant deadline,
                           @Column(name = "ended_at", nullable = false) Instant endedAt) {
}
