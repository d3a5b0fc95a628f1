package org.kenes.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An external stakeholder the network works with, and its migration-related focus. */
public record NewStakeholder(
        @NotBlank @Size(max = 40) String acronym,
        @Size(max = 300) String nameEn,
        @Size(max = 300) String nameRu,
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 1000) String focus,
        @Size(max = 200) String contactName,
        @Email @Size(max = 320) String contactEmail) {
}
