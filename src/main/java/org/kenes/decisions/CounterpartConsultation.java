package org.kenes.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** The government counterpart's consultation on a state-relevant proposal, as the secretariat recorded it. */
@Embeddable
public record CounterpartConsultation(@Column(nullable = false) String counterpart, @Column(nullable = false) String response,
                                      @Column(name = "consulted_on", nullable = false) LocalDate consultedOn,
                                      @Column(name = "recorded_by", nullable = false) String recordedBy,
                                      @Column(name = "recorded_at", nullable = false) Instant recordedAt) {
}
