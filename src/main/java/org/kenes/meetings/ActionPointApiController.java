package org.kenes.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.ApiPage;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Action points over JSON, through {@link ActionPoints}: internal to the network's members, as the tracker page. */
@RestController
@Tag(name = "Action points", description = "Action points decided at meetings, and the progress reported on them")
class ActionPointApiController {

    private final ActionPoints actions;

    ActionPointApiController(ActionPoints actions) {
        this.actions = actions;
    }

    @GetMapping("/api/v1/networks/{slug}/action-points")
    @Operation(summary = "The tracker: action points of the network's meetings, by due date",
            description = "Without a status, the open and in-progress ones. 'owner' is an organisation's acronym; "
                    + "'overdue' keeps those past their due date.")
    ApiPage<ActionPointView> tracker(@PathVariable String slug, @RequestParam(required = false) Set<ActionPointStatus> status,
                                      @RequestParam(required = false) String owner,
                                      @RequestParam(defaultValue = "false") boolean overdue,
                                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                                      Viewer viewer) {
        Page<ActionPointView> shown = actions.tracker(slug, status, owner, overdue, viewer,
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, ApiPage.MAX_SIZE)));
        return new ApiPage<>(shown.getContent(), shown.getNumber(), shown.getSize(), shown.getTotalElements());
    }

    @GetMapping("/api/v1/networks/{slug}/action-points/{id}")
    @Operation(summary = "One action point with its progress updates")
    ActionPointView actionPoint(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return actions.actionPoint(slug, id, viewer);
    }

    @PostMapping("/api/v1/networks/{slug}/meetings/{meetingId}/action-points")
    @Operation(summary = "Record an action point decided at a held meeting; secretariat only")
    ResponseEntity<ActionPointView> record(@PathVariable String slug, @PathVariable UUID meetingId,
                                            @Valid @RequestBody ActionPoints.NewActionPoint request, Viewer viewer) {
        UUID id = actions.record(slug, meetingId, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/action-points/" + id))
                .body(actions.actionPoint(slug, id, viewer));
    }

    @PostMapping("/api/v1/networks/{slug}/action-points/{id}/updates")
    @Operation(summary = "Report progress; the owner organisation's focal points or the secretariat",
            description = "DROPPED needs a note saying why; a done or dropped action point takes no more updates.")
    ResponseEntity<Void> update(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Progress request,
                                Viewer viewer) {
        actions.update(slug, id, request.status(), request.note(), viewer);
        // the owner may be an external partner, who reports progress without reading the tracker
        return ResponseEntity.noContent().build();
    }

    /** Progress on an action point: its new status and a note. */
    record Progress(@NotNull ActionPointStatus status, @Size(max = 2000) String note) {
    }
}
