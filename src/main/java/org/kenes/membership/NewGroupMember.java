package org.kenes.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An organisation joining a working group, with the person who represents it there. */
public record NewGroupMember(@NotBlank @Size(max = 40) String acronym, @NotNull MemberRole role,
                             @Valid @NotNull Contact focalPoint) {

    public NewGroupMember {
        focalPoint = focalPoint == null ? Contact.empty() : focalPoint;
    }
}
