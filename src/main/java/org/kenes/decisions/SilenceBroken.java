package org.kenes.decisions;

import java.util.UUID;

/** A member objected during a silence procedure: the co-chairs and the secretariat are told at once. */
public record SilenceBroken(String networkSlug, UUID proposalId, int round, String organisation) {
}
