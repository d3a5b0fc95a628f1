package org.kenes.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A text in the network's working languages; English is always present and is the fallback. */
@Embeddable
public record LocalizedText(
        @Column(name = "en", length = 4000) String en,
        @Column(name = "ru", length = 4000) String ru) {

    public static LocalizedText of(String en, String ru) {
        return new LocalizedText(en, ru);
    }

    public String in(Locale locale) {
        if ("ru".equals(locale.getLanguage()) && ru != null && !ru.isBlank()) {
            return ru;
        }
        return en;
    }
}
