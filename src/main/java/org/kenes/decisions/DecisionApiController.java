package org.kenes.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Consultations, positions and the register over JSON, with the same access rules as the pages. */
@RestController
@RequestMapping("/api/v1/networks/{slug}")
@Tag(name = "Decisions", description = "Proposals, consultations by consensus, positions, and the register of decisions")
class DecisionApiController {

    private final Consultations consultations;
    private final Decisions decisions;

    DecisionApiController(Consultations consultations, Decisions decisions) {
        this.consultations = consultations;
        this.decisions = decisions;
    }

    @GetMapping("/proposals")
    @Operation(summary = "The proposals the caller may see, newest first")
    ApiPage<ProposalView> proposals(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                                    @RequestParam(defaultValue = "20") int size, Viewer viewer) {
        Page<ProposalView> found = consultations.visible(slug, viewer, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, ApiPage.MAX_SIZE)));
        return new ApiPage<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @PostMapping("/proposals")
    @Operation(summary = "Open a consultation; a co-chair, or the secretariat on the co-chairs' behalf",
            description = "The deadline is a date and time in the network's time zone; not needed for IN_MEETING.")
    ResponseEntity<ProposalView> open(@PathVariable String slug, @Valid @RequestBody NewProposal request, Viewer viewer) {
        UUID id = consultations.open(slug, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/proposals/" + id))
                .body(consultations.proposal(slug, id, viewer));
    }

    @GetMapping("/proposals/{id}")
    @Operation(summary = "A proposal with each member's current position and every position given in the round")
    ProposalView proposal(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return consultations.proposal(slug, id, viewer);
    }

    @PostMapping("/proposals/{id}/positions")
    @Operation(summary = "Give or change the position of an organisation the caller is a focal point of, until the deadline",
            description = "A note is needed to stand aside (the mandate) and to object (the reason).")
    ProposalView position(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody NewPosition request, Viewer viewer) {
        consultations.givePosition(slug, id, request.organisation(), request.kind(), request.note(), viewer);
        return consultations.proposal(slug, id, viewer);
    }

    @PostMapping("/proposals/{id}/counterpart-consultation")
    @Operation(summary = "Record the government counterpart's consultation on a state-relevant proposal; secretariat only")
    ProposalView counterpart(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody NewCounterpartConsultation request,
                             Viewer viewer) {
        consultations.recordCounterpartConsultation(slug, id, request.counterpart(), request.response(), request.consultedOn(), viewer);
        return consultations.proposal(slug, id, viewer);
    }

    @PostMapping("/proposals/{id}/revision")
    @Operation(summary = "Revise the text: a new round starts, the earlier one is kept; a co-chair or the secretariat")
    ProposalView revise(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Revision request, Viewer viewer) {
        consultations.revise(slug, id, request.text(), request.deadlineDate(), request.deadlineTime(), viewer);
        return consultations.proposal(slug, id, viewer);
    }

    @PostMapping("/proposals/{id}/withdrawal")
    @Operation(summary = "Withdraw the proposal; a co-chair or the secretariat")
    ResponseEntity<Void> withdraw(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        consultations.withdraw(slug, id, viewer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/proposals/{id}/closing")
    @Operation(summary = "Close a round decided in a meeting once the positions are recorded; secretariat only")
    ProposalView close(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        consultations.closeInMeeting(slug, id, viewer);
        return consultations.proposal(slug, id, viewer);
    }

    @org.springframework.web.bind.annotation.PutMapping("/decisions/{number}/implementation")
    @Operation(summary = "Record how a decision's implementation stands; secretariat only",
            description = "Send the version you read; a stale version is refused (422) and nothing is overwritten.")
    DecisionView implementation(@PathVariable String slug, @PathVariable String number, @Valid @RequestBody ImplementationUpdate request,
                                Viewer viewer) {
        decisions.implementation(slug, number, request.status(), request.due(), request.note(), request.version(), viewer);
        return decisions.decision(slug, number, viewer);
    }

    @PostMapping("/decisions/{number}/action-points")
    @Operation(summary = "Track a decision's implementation through an action point; secretariat only")
    ResponseEntity<Void> actionPoint(@PathVariable String slug, @PathVariable String number,
                                     @Valid @RequestBody org.kenes.meetings.ActionPoints.NewActionPoint request, Viewer viewer) {
        UUID id = decisions.recordActionPoint(slug, number, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/action-points/" + id)).build();
    }

    @GetMapping("/decisions")
    @Operation(summary = "The register of adopted decisions, newest first; 'year' 0 for all years")
    ApiPage<DecisionView> register(@PathVariable String slug, @RequestParam(defaultValue = "0") int year,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size,
                                   Viewer viewer) {
        Page<DecisionView> found = decisions.register(slug, year, viewer, PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, ApiPage.MAX_SIZE)));
        return new ApiPage<>(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements());
    }

    @GetMapping("/decisions/{number}")
    @Operation(summary = "A decision by its number (for example KZ-2026-007), with the positions and its implementation")
    DecisionView decision(@PathVariable String slug, @PathVariable String number, Viewer viewer) {
        return decisions.decision(slug, number, viewer);
    }

    record NewPosition(@NotBlank @Size(max = 40) String organisation, @NotNull PositionKind kind, @Size(max = 2000) String note) {
    }

    record NewCounterpartConsultation(@NotBlank @Size(max = 40) String counterpart, @NotBlank @Size(max = 2000) String response,
                                      @NotNull LocalDate consultedOn) {
    }

    record ImplementationUpdate(@NotNull Decision.Implementation status, LocalDate due, @Size(max = 2000) String note,
                                @NotNull Long version) {
    }

    record Revision(@NotBlank @Size(max = 20000) String text, LocalDate deadlineDate, LocalTime deadlineTime) {
    }
}
