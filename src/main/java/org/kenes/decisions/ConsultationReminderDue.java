package org.kenes.decisions;

import java.util.List;
import java.util.UUID;

/** The deadline is 48 hours away: the members that have not given a position are reminded, and only they. */
public record ConsultationReminderDue(String networkSlug, UUID proposalId, int round, List<String> silentOrganisations) {
}
