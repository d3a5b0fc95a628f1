package org.kenes.statements;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** When and at which occasion the co-chairs delivered the statement. */
public record Delivery(@NotNull LocalDate deliveredOn, @Size(max = 300) String occasion) {
}
