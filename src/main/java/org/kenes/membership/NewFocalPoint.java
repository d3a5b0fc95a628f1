package org.kenes.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A focal point to appoint: who, principal or alternate, from which day. */
public record NewFocalPoint(@Valid @NotNull Contact contact, @NotNull FocalPointKind kind, LocalDate from) {

    public NewFocalPoint {
        contact = contact == null ? Contact.empty() : contact;
    }

    static NewFocalPoint empty() {
        return new NewFocalPoint(Contact.empty(), FocalPointKind.ALTERNATE, null);
    }
}
