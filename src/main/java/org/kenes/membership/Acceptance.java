package org.kenes.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an invited focal point chooses: a username and a password. */
record Acceptance(
        @NotBlank @Size(min = 3, max = 60) @Pattern(regexp = "^[a-z0-9][a-z0-9._-]*$", message = "{invitation.username.invalid}") String username,
        @NotBlank @Size(min = 12, max = 200, message = "{invitation.password.short}") String password,
        @NotBlank String repeatPassword) {
}
