package org.kenes.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** An item as a member shares it; the file of a document comes with it. */
public record NewItem(
        @NotNull ItemForm form,
        @NotNull ItemKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String body,
        @Size(max = 1000) String url,
        @NotBlank @Size(max = 40) String organisation,
        @NotNull LocalDate itemDate,
        @Size(max = 100) String languages,
        @Size(max = 200) String gcmObjectives,
        UUID workingGroupId) {
}
