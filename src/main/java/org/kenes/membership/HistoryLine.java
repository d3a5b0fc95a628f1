package org.kenes.membership;

import java.time.LocalDate;

/** A dated line of the member list's history. */
public record HistoryLine(LocalDate effectiveOn, MembershipChangeKind kind, String acronym, String person,
                          String details, String actor) {
}
