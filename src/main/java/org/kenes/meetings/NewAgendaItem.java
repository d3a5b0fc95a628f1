package org.kenes.meetings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record NewAgendaItem(@NotBlank @Size(max = 300) String title, @NotNull AgendaPurpose purpose,
                            @Size(max = 60) String presenter, @NotNull @Min(5) @Max(240) Integer durationMinutes) {
}
