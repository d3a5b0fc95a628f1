package org.kenes.decisions;

import java.util.UUID;

/** A consultation (or a revised round of it) was opened: every member organisation of the body is asked. */
public record ConsultationOpened(String networkSlug, UUID proposalId, int round) {
}
