package org.kenes.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;

/** A meeting's new date and time, in the meeting's time zone. */
public record Reschedule(@NotNull LocalDate date, @NotNull LocalTime time, @NotNull @Min(15) @Max(600) Integer durationMinutes) {
}
