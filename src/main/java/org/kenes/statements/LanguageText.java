package org.kenes.statements;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;

/** A statement's title and text in one language of the network (an ISO 639-1 code such as "en" or "ru"). */
@Embeddable
public record LanguageText(
        @Column(name = "language", nullable = false, length = 8) @NotBlank @Size(max = 8) String language,
        @Column(name = "title", nullable = false, length = 200) @NotBlank @Size(max = 200) String title,
        @Column(name = "text", nullable = false, length = 8000) @NotBlank @Size(max = 8000) String text) {

    /** The language's own name as a person reading in that locale calls it ("English", "Русский"). */
    public String languageName(Locale locale) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(locale);
        return name.isEmpty() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The language's name in that language itself, as a document heading uses it. */
    public String nativeName() {
        return languageName(Locale.forLanguageTag(language));
    }
}
