package org.kenes.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.kenes.shared.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The minutes of a meeting over JSON, through {@link MinutesService}: the same readers as the minutes page. A save
 * carries the version the client read; when a colleague saved in between nothing is overwritten, and the answer is a
 * 409 problem holding both the stored texts and the client's own.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/meetings/{id}/minutes")
@Tag(name = "Minutes", description = "Minutes of held meetings: drafted by the secretariat, cleared by a co-chair, disseminated")
class MinutesApiController {

    private final MinutesService minutes;
    private final MessageSource messages;

    MinutesApiController(MinutesService minutes, MessageSource messages) {
        this.minutes = minutes;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "The minutes, a text per agenda item id, with their status and version",
            description = "Internal: the network's members read them (for a working-group meeting, the group and the "
                    + "secretariat). Before the first save the version is -1.")
    Minutes.View read(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return minutes.read(slug, id, viewer);
    }

    @PutMapping
    @Operation(summary = "Save the draft minutes; secretariat only, once the meeting was held",
            description = "Send the version you read. Texts are keyed by agenda item id; an empty text removes it.")
    @ApiResponse(responseCode = "409", description = "Someone saved since that version: nothing was overwritten; the "
            + "problem holds 'current' (the stored minutes, with the version to send next) and 'submitted' (your texts)")
    ResponseEntity<?> write(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Draft draft, Viewer viewer) {
        MinutesService.Outcome outcome = minutes.write(slug, id, draft.texts(), draft.version(), viewer);
        if (outcome.saved()) {
            return ResponseEntity.ok(outcome.minutes());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("minutes.conflict.api", null, LocaleContextHolder.getLocale()));
        problem.setProperty("current", outcome.minutes());
        problem.setProperty("submitted", draft.texts());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @PostMapping("/clear")
    @Operation(summary = "Clear the drafted minutes; a co-chair only")
    ResponseEntity<Void> clear(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        minutes.clear(slug, id, viewer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/disseminate")
    @Operation(summary = "Disseminate the cleared minutes to the members; secretariat only")
    ResponseEntity<Void> disseminate(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        minutes.disseminate(slug, id, viewer);
        return ResponseEntity.noContent().build();
    }

    /** The texts to save, per agenda item id, and the version of the minutes they were written on. */
    record Draft(@NotNull Long version, @NotNull Map<UUID, @Size(max = 20000) String> texts) {
    }
}
