package org.kenes.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A record of a body's work was filed: the minutes of a meeting were disseminated, a joint statement was delivered
 * (or its level changed afterwards). The module that owns the record says what it is, where it lives in Kenes and how
 * far it may travel; the library keeps one entry per record, pointing at it. The same record may be filed again
 * (a new level, or an event handled twice): the latest filing, by {@code asOf}, is what holds.
 *
 * @param workingGroupId the working group the record belongs to, or null for the network's own
 * @param sourceId       the id of the record in its module: the meeting for minutes, the statement for a statement
 * @param title          the record's title as its module names it: the meeting's title, the statement's title
 * @param date           the day the record is of: the meeting's day, the statement's delivery
 * @param level          how far the record may travel, as its module decides: a working group's record kept to the
 *                       group is {@link InformationLevel#WORKING_GROUP}
 * @param contributor    the organisation the record comes from, if one; null when it is the body's own
 * @param path           the in-app path of the record's page, for those who may see it ({@code /networks/...})
 * @param publicPath     the in-app path of its public page, when it is public; null otherwise
 * @param asOf           when the record reached the state filed, so that a late filing never undoes a newer one
 */
public record RecordFiled(String networkSlug, UUID workingGroupId, Kind kind, UUID sourceId, String title, LocalDate date,
                          InformationLevel level, String contributor, String path, String publicPath, Instant asOf) {

    /** What the record is. */
    public enum Kind {
        /** Disseminated minutes of a meeting. */
        MINUTES,
        /** A delivered One Voice joint statement. */
        STATEMENT
    }
}
