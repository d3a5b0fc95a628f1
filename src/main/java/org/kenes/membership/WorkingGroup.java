package org.kenes.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/**
 * A working group of the network: permanent, or ad hoc with an end date after which it is archived and read-only.
 */
@Entity
@Table(name = "membership_working_group")
class WorkingGroup {

    enum Kind { PERMANENT, AD_HOC }

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(name = "mandate_en", nullable = false, length = 4000)
    private String mandateEn;

    @Column(name = "mandate_ru", length = 4000)
    private String mandateRu;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    /** Acronyms of the lead organisations, separated by commas. */
    @Column(name = "lead_organisations", nullable = false)
    private String leadOrganisations;

    @Version
    private long version;

    protected WorkingGroup() {
    }

    WorkingGroup(String networkSlug, NewWorkingGroup request) {
        if (request.kind() == Kind.AD_HOC && request.endsOn() == null) {
            throw new RuleViolation("workingGroup.adHocNeedsEnd", "endsOn");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw new RuleViolation("workingGroup.endBeforeStart", "endsOn");
        }
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.nameEn = request.nameEn().strip();
        this.nameRu = request.nameRu() == null || request.nameRu().isBlank() ? nameEn : request.nameRu().strip();
        this.kind = request.kind();
        this.mandateEn = request.mandateEn().strip();
        this.mandateRu = request.mandateRu() == null || request.mandateRu().isBlank() ? null : request.mandateRu().strip();
        this.startsOn = request.startsOn();
        this.endsOn = request.kind() == Kind.PERMANENT ? null : request.endsOn();
        this.leadOrganisations = String.join(",", request.leads());
    }

    /** An ad-hoc group is archived once its end date has passed. */
    boolean isArchivedOn(LocalDate date) {
        return endsOn != null && endsOn.isBefore(date);
    }

    void requireOpen(LocalDate today) {
        if (isArchivedOn(today)) {
            throw new RuleViolation("workingGroup.archived", null);
        }
    }

    UUID id() {
        return id;
    }

    String networkSlug() {
        return networkSlug;
    }

    WorkingGroupSummary summary(LocalDate today) {
        return new WorkingGroupSummary(id, nameEn, nameRu, kind.name(), mandateEn, mandateRu, startsOn, endsOn,
                Arrays.stream(leadOrganisations.split(",")).filter(s -> !s.isBlank()).toList(), isArchivedOn(today));
    }

    /** A working group as pages and the API show it. */
    public record WorkingGroupSummary(UUID id, String nameEn, String nameRu, String kind, String mandateEn, String mandateRu,
                                      LocalDate startsOn, LocalDate endsOn, List<String> leads, boolean archived) {

        public String name(java.util.Locale locale) {
            return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
        }

        public String mandate(java.util.Locale locale) {
            return "ru".equals(locale.getLanguage()) && mandateRu != null ? mandateRu : mandateEn;
        }
    }
}
