package org.kenes.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A network, holding the text of the ToR configuration it was last configured from. The text is kept whole, as
 * the document it is, and read back through the same parser that accepted it.
 */
@Entity
@Table(name = "network")
class Network {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(nullable = false)
    private String country;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "source_text", nullable = false, length = 1_000_000)
    private String sourceText;

    @Column(nullable = false)
    private String checksum;

    @Column(name = "configured_at", nullable = false)
    private Instant configuredAt;

    @Version
    private long version;

    protected Network() {
    }

    Network(NetworkConfiguration configuration) {
        this.id = UUID.randomUUID();
        this.slug = configuration.slug();
    }

    void configure(NetworkConfiguration configuration, String sourceName, String sourceText, String checksum,
                   Instant at) {
        this.nameEn = configuration.name().en();
        this.nameRu = configuration.name().ru();
        this.country = configuration.country();
        this.sourceName = sourceName;
        this.sourceText = sourceText;
        this.checksum = checksum;
        this.configuredAt = at;
    }

    UUID id() {
        return id;
    }

    String slug() {
        return slug;
    }

    String sourceName() {
        return sourceName;
    }

    String sourceText() {
        return sourceText;
    }

    String checksum() {
        return checksum;
    }
}
