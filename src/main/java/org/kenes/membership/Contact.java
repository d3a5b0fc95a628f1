package org.kenes.membership;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person's work contact, as a form or an API call gives it. */
public record Contact(
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        @NotBlank @Email @Size(max = 320) String email,
        @Size(max = 60) @Pattern(regexp = "^[0-9+() .-]*$", message = "{membership.phone.invalid}") String phone,
        @Size(max = 60) String languages) {

    public static Contact empty() {
        return new Contact("", "", "", "", "");
    }

    boolean isEmpty() {
        return isBlank(fullName) && isBlank(position) && isBlank(email) && isBlank(phone);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
