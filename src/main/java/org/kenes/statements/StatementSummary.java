package org.kenes.statements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.kenes.shared.InformationLevel;

/**
 * A line of the register of statements: what was said (the title in each language), when and where it was
 * delivered, in which languages, and where the statement stands.
 *
 * @param titles the current version's title in each language of the statement, in the network's order
 */
public record StatementSummary(UUID id, String networkSlug, UUID workingGroupId, StatementStatus status,
                               InformationLevel level, int version, List<LanguageText> titles, LocalDate deliveredOn,
                               String occasion, Instant updatedAt) {

    /** The title in the reader's language, or in the statement's first language. */
    public String title(Locale locale) {
        return titles.stream().filter(t -> t.language().equals(locale.getLanguage())).findFirst()
                .or(() -> titles.stream().findFirst()).map(LanguageText::title).orElse("");
    }

    public List<String> languages() {
        return titles.stream().map(LanguageText::language).toList();
    }
}
