package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

@Entity
@Table(name = "membership_organisation")
class Organisation {

    @Id
    private UUID id;

    /** The acronym used in ToRs and the UN entity list (IOM, UNHCR), or a government body's code (MOL). */
    @Column(nullable = false)
    private String code;

    /** The country whose body this is, for government bodies; null for international organisations. */
    @Column
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Version
    private long version;

    protected Organisation() {
    }

    Organisation(String code, String country, OrganisationKind kind, String nameEn, String nameRu) {
        this.id = UUID.randomUUID();
        this.code = code;
        this.country = country;
        this.kind = kind;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
    }

    UUID id() {
        return id;
    }

    String code() {
        return code;
    }
}
