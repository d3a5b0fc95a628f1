package org.kenes.statements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * A statement's first version, or a new one: a title and text in each language of the network, and a note saying what
 * changed. The working group, for a first version only: a statement of one of the network's groups, or of the network.
 */
public record StatementDraft(UUID workingGroupId, @NotEmpty List<@Valid LanguageText> texts, @Size(max = 1000) String note) {
}
