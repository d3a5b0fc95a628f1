package org.kenes.meetings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.UUID;

/**
 * An organisation invited to a meeting it is not a member of the body for. Its names are kept as they were when it
 * was invited, so the meeting's record does not change when the register does.
 *
 * @param contactEmail for a stakeholder from the register; null for a partner of the network, whose current focal
 *                     points are written to instead; the register's contact (name and address), not shown to the
 *                     meeting's other participants
 */
@Embeddable
public record Invitee(
        @Column(name = "organisation_id", nullable = false) UUID organisationId,
        @Column(nullable = false) String acronym,
        @Column(name = "name_en", nullable = false) String nameEn,
        @Column(name = "name_ru", nullable = false) String nameRu,
        @JsonIgnore @Column(name = "contact_name") String contactName,
        @JsonIgnore @Column(name = "contact_email") String contactEmail) {

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
    }
}
