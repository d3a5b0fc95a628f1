package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;

/** A UN entity, ministry, NGO, donor or other body whose people take part in a network. */
@Entity
@Table(name = "membership_organisation")
class Organisation {

    @Id
    private UUID id;

    /** The acronym used in ToRs and the UN entity list (IOM, UNHCR), or a government body's (MOL). */
    @Column(nullable = false)
    private String code;

    /** The country of a national body; null for international organisations. */
    @Column
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column
    private String website;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code, String country, OrganisationKind kind, String nameEn, String nameRu, String website) {
        this.id = UUID.randomUUID();
        this.code = code.strip();
        this.country = country;
        this.kind = kind;
        this.nameEn = nameEn.strip();
        this.nameRu = nameRu == null || nameRu.isBlank() ? nameEn.strip() : nameRu.strip();
        this.website = website == null || website.isBlank() ? null : website.strip();
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }

    OrganisationKind kind() {
        return kind;
    }

    String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
