package org.kenes.membership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A working group as the secretariat establishes it. */
public record NewWorkingGroup(
        @NotBlank @Size(max = 300) String nameEn,
        @Size(max = 300) String nameRu,
        @NotNull WorkingGroup.Kind kind,
        @NotBlank @Size(max = 4000) String mandateEn,
        @Size(max = 4000) String mandateRu,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @NotEmpty List<@NotBlank String> leads) {

    public NewWorkingGroup {
        leads = leads == null ? List.of() : leads.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
