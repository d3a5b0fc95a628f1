package org.kenes.membership;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Who takes up a co-chair position, and from which day. */
public record CoChairHandover(@Valid @NotNull Contact holder, @NotNull LocalDate from) {

    public CoChairHandover {
        holder = holder == null ? Contact.empty() : holder;
    }
}
