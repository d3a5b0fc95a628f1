package org.kenes.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * A co-chair position's sign-off of the endorsed version: the person who held the position that day, and who recorded
 * it (the co-chair herself, or the secretariat when the co-chair signed off outside Kenes).
 *
 * @param positionCode the ToR's co-chair position, such as "resident-coordinator"
 * @param onBehalf     recorded by the secretariat for the co-chair
 */
@Embeddable
public record SignOff(
        @Column(name = "position_code", nullable = false, length = 60) String positionCode,
        @Column(name = "version_number", nullable = false) int versionNumber,
        @Column(name = "full_name", nullable = false, length = 200) String fullName,
        @Column(name = "job_title", length = 300) String jobTitle,
        @Column(name = "organisation", length = 40) String organisation,
        @Column(name = "signed_by", nullable = false, length = 100) String signedBy,
        @Column(name = "signed_at", nullable = false) Instant signedAt,
        @Column(name = "on_behalf", nullable = false) boolean onBehalf) {
}
