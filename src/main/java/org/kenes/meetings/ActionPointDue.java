package org.kenes.meetings;

import java.time.LocalDate;
import java.util.UUID;

/** An open action point is due soon, or overdue: its owner organisation should hear of it. */
public record ActionPointDue(String networkSlug, UUID actionPointId, String description, String ownerOrganisation,
                             LocalDate dueOn, boolean overdue, LocalDate noticedOn) {
}
