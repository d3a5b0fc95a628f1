package org.kenes.statements;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of a statement and the readable difference from an earlier one, per language: the HTML marks removed words
 * with {@code <del>} and added words with {@code <ins>}, and is escaped otherwise.
 *
 * @param against the earlier version compared with, or null for the first version
 * @param numbers every version's number, to choose another comparison
 */
public record VersionComparison(UUID statementId, int number, Integer against, String note, String author, Instant createdAt,
                                List<Integer> numbers, List<LanguageDifference> languages) {

    public record LanguageDifference(String language, String title, String text, String titleHtml, String textHtml,
                                     boolean changed) {

        public String languageName(java.util.Locale locale) {
            return new LanguageText(language, title, text).languageName(locale);
        }
    }
}
