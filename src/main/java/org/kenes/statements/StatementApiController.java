package org.kenes.statements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.kenes.shared.ApiPage;
import org.kenes.shared.InformationLevel;
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

/**
 * Joint statements over JSON, through {@link Statements} and so under the same rules as the pages: a statement stays
 * with its body until delivered; a co-chair, or the secretariat on the co-chairs' behalf, drafts, puts it to the
 * members, sets its level and records the delivery; each co-chair signs off for her position (the secretariat may
 * record a co-chair's sign-off). Each step answers with the statement as it now is.
 */
@RestController
@RequestMapping("/api/v1/networks/{slug}/statements")
@Tag(name = "Statements", description = "One Voice joint statements: versions, endorsement, sign-off, delivery")
class StatementApiController {

    private final Statements statements;

    StatementApiController(Statements statements) {
        this.statements = statements;
    }

    @GetMapping
    @Operation(summary = "The statements the caller may see, latest change first; delivered=true gives the register, latest delivery first")
    ApiPage<StatementSummary> list(@PathVariable String slug, @RequestParam(defaultValue = "false") boolean delivered,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
                                   Viewer viewer) {
        Page<StatementSummary> visible = statements.visible(slug, viewer, delivered,
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, ApiPage.MAX_SIZE)));
        return new ApiPage<>(visible.getContent(), visible.getNumber(), visible.getSize(), visible.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A statement: its current texts, versions, endorsement, co-chairs' sign-offs and delivery")
    StatementView statement(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return statements.statement(slug, id, viewer);
    }

    @GetMapping("/{id}/versions/{number}")
    @Operation(summary = "A version and its word-level difference from another (by default the one before), per language",
            description = "titleHtml and textHtml are escaped HTML in which removed words are in <del> and added words in <ins>.")
    VersionComparison version(@PathVariable String slug, @PathVariable UUID id, @PathVariable int number,
                              @RequestParam(required = false) Integer against, Viewer viewer) {
        return statements.compare(slug, id, number, against, viewer);
    }

    @PostMapping
    @Operation(summary = "Draft a statement: a title and text in every language of the network; co-chair or secretariat")
    ResponseEntity<StatementView> create(@PathVariable String slug, @Valid @RequestBody StatementDraft draft, Viewer viewer) {
        UUID id = statements.create(slug, draft, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/statements/" + id))
                .body(statements.statement(slug, id, viewer));
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Write a new version; after the endorsement it needs a new endorsement")
    StatementView newVersion(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody StatementDraft draft,
                             Viewer viewer) {
        statements.newVersion(slug, id, draft, viewer);
        return statements.statement(slug, id, viewer);
    }

    @PostMapping("/{id}/endorsement")
    @Operation(summary = "Put the current version to the members for endorsement, through a consultation",
            description = "The deadline is a date and time in the network's time zone, not needed in a meeting. The members are "
                    + "asked by the consultation's own e-mail.")
    StatementView submit(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody EndorsementRequest request,
                         Viewer viewer) {
        statements.submitForEndorsement(slug, id, request, viewer);
        return statements.statement(slug, id, viewer);
    }

    @PostMapping("/{id}/endorsement/withdraw")
    @Operation(summary = "Take the statement out of its consultation, which is withdrawn; it is a draft again")
    StatementView withdraw(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        statements.withdrawEndorsement(slug, id, viewer);
        return statements.statement(slug, id, viewer);
    }

    @PostMapping("/{id}/level")
    @Operation(summary = "Set who may read the statement once delivered: INTERNAL, PARTNERS, or PUBLIC (only once endorsed)")
    StatementView level(@PathVariable String slug, @PathVariable UUID id, @RequestBody LevelChange change, Viewer viewer) {
        statements.changeLevel(slug, id, change.level(), viewer);
        return statements.statement(slug, id, viewer);
    }

    @PostMapping("/{id}/sign-offs")
    @Operation(summary = "Sign the endorsed version off for a co-chair position",
            description = "A co-chair signs for the position she holds (position may be left out); the secretariat records the "
                    + "sign-off of a co-chair, naming the position.")
    StatementView signOff(@PathVariable String slug, @PathVariable UUID id, @RequestBody(required = false) SignOffRequest request,
                          Viewer viewer) {
        statements.signOff(slug, id, request == null ? null : request.position(), viewer);
        return statements.statement(slug, id, viewer);
    }

    @PostMapping("/{id}/delivery")
    @Operation(summary = "Record the delivery (date and occasion) once both co-chairs signed it off")
    StatementView deliver(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Delivery delivery, Viewer viewer) {
        statements.deliver(slug, id, delivery, viewer);
        return statements.statement(slug, id, viewer);
    }

    /** The information level a statement is to have. */
    record LevelChange(InformationLevel level) {
    }

    /** The co-chair position signing off, such as "resident-coordinator"; left out, the caller's own position. */
    record SignOffRequest(@Size(max = 60) String position) {
    }
}
