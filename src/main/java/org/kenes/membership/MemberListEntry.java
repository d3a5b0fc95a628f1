package org.kenes.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** One organisation on a member list as of a date, with the focal points it had that day. */
public record MemberListEntry(UUID memberId, UUID organisationId, String acronym, String nameEn, String nameRu,
                              OrganisationKind kind, MemberRole role, LocalDate joinedOn, LocalDate leftOn,
                              List<FocalPointEntry> focalPoints) {

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }

    public List<FocalPointEntry> principals() {
        return focalPoints.stream().filter(f -> f.kind() == FocalPointKind.PRINCIPAL).toList();
    }

    public List<FocalPointEntry> alternates() {
        return focalPoints.stream().filter(f -> f.kind() == FocalPointKind.ALTERNATE).toList();
    }

    /** A focal point's work contact. */
    public record FocalPointEntry(UUID focalPointId, UUID personId, String fullName, String position, String email,
                                  String phone, String languages, FocalPointKind kind, LocalDate from, LocalDate to,
                                  boolean hasAccount) {

        /** Kenes writes in Russian to those who work in Russian, Kazakh or Turkmen first, and in English to others. */
        public Locale preferredLocale() {
            return languages != null && languages.matches("^(ru|kk|tk).*") ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        }
    }
}
