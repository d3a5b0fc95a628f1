package org.kenes.library;

import java.time.Instant;
import java.util.regex.Pattern;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;

/**
 * The rules of the records the library files from their sources (disseminated minutes, delivered statements):
 * <ul>
 *   <li>a record keeps the level of its source: the source decides, and only the source changes it;</li>
 *   <li>a working group's record kept to the group names its group;</li>
 *   <li>its link is a page of Kenes in the record's own network, never an address elsewhere; its public page counts
 *       only while the record is public;</li>
 *   <li>one entry per record: filed again, the entry follows the latest filing, and an older one changes nothing.</li>
 * </ul>
 * A record that breaks them is a mistake of its source, not of a person: it is refused with an exception.
 */
final class FiledRecords {

    private static final Pattern SAFE_PATH = Pattern.compile("^(/[A-Za-z0-9._~-]+)+$");

    private FiledRecords() {
    }

    static ItemKind kindOf(RecordFiled.Kind kind) {
        return switch (kind) {
            case MINUTES -> ItemKind.MINUTES;
            case STATEMENT -> ItemKind.STATEMENT;
        };
    }

    static void check(RecordFiled record) {
        if (record.networkSlug() == null || record.kind() == null || record.sourceId() == null || record.title() == null
                || record.title().isBlank() || record.date() == null || record.level() == null || record.asOf() == null) {
            throw new IllegalArgumentException("A filed record needs its network, kind, id, title, date, level and time: " + record);
        }
        if (record.level() == InformationLevel.WORKING_GROUP && record.workingGroupId() == null) {
            throw new IllegalArgumentException("A record kept to a working group names the group: " + record);
        }
        String own = "/networks/" + record.networkSlug() + "/";
        if (!inApp(record.path(), own)) {
            throw new IllegalArgumentException("A filed record links to its page in its network, not to " + record.path());
        }
        if (record.level() == InformationLevel.PUBLIC && record.publicPath() != null && !inApp(record.publicPath(), own + "public/")) {
            throw new IllegalArgumentException("A record's public page is a public page of its network, not " + record.publicPath());
        }
    }

    /** Whether a filing as of {@code incoming} replaces the one of {@code current} (the same one again does). */
    static boolean supersedes(Instant incoming, Instant current) {
        return current == null || !incoming.isBefore(current);
    }

    static String clip(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private static boolean inApp(String path, String prefix) {
        return path != null && path.startsWith(prefix) && SAFE_PATH.matcher(path).matches() && !path.contains("/../")
                && !path.endsWith("/..");
    }
}
