package org.kenes.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A member organisation as the secretariat adds it: the organisation (an existing one is found by its acronym),
 * its role, the day it joined, its principal focal point and optionally an alternate.
 */
public record NewMember(
        @NotBlank @Size(max = 40) @Pattern(regexp = "^[\\p{L}\\p{N}][\\p{L}\\p{N}&/ .-]*$", message = "{membership.acronym.invalid}") String acronym,
        @Size(max = 300) String nameEn,
        @Size(max = 300) String nameRu,
        OrganisationKind kind,
        @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$", message = "{membership.website.invalid}") String website,
        @NotNull MemberRole role,
        @NotNull LocalDate joinedOn,
        @Valid @NotNull Contact principal,
        Contact alternate) {

    /** Missing contacts bind as empty ones, so a form shows its fields again; the alternate is checked when given. */
    public NewMember {
        principal = principal == null ? Contact.empty() : principal;
        alternate = alternate == null ? Contact.empty() : alternate;
    }

    public static NewMember empty(LocalDate today) {
        return new NewMember("", "", "", OrganisationKind.UN_ENTITY, "", MemberRole.MEMBER, today, Contact.empty(), Contact.empty());
    }

    boolean hasAlternate() {
        return !alternate.isEmpty();
    }

    /** The alternate's fields are checked only when some are given. */
    void validateAlternate(org.springframework.validation.Validator validator, org.springframework.validation.Errors errors) {
        if (hasAlternate()) {
            errors.pushNestedPath("alternate");
            validator.validate(alternate, errors);
            errors.popNestedPath();
        }
    }
}
