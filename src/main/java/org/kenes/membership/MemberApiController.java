package org.kenes.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.kenes.shared.ApiPage;
import org.kenes.shared.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Validator;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/members")
@Tag(name = "Members", description = "Member organisations, their focal points and the member list's history")
class MemberApiController {

    private final Members members;
    private final Validator validator;

    MemberApiController(Members members, Validator validator) {
        this.members = members;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "The member list as of a day (today by default), for the network's members")
    ApiPage<MemberListEntry> list(@PathVariable String slug,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
                                  Viewer viewer) {
        return ApiPage.of(members.list(slug, asOf, viewer), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A member organisation with every focal point it has had")
    Members.MemberDetails member(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return members.member(slug, id, viewer);
    }

    @PostMapping
    @Operation(summary = "Add a member organisation with its principal (and optionally an alternate) focal point; secretariat only")
    ResponseEntity<Map<String, UUID>> add(@PathVariable String slug, @Valid @RequestBody NewMember request, Viewer viewer)
            throws MethodArgumentNotValidException, NoSuchMethodException {
        var errors = new BeanPropertyBindingResult(request, "newMember");
        request.validateAlternate(validator, errors);
        if (errors.hasErrors()) {
            throw new MethodArgumentNotValidException(
                    new org.springframework.core.MethodParameter(getClass().getDeclaredMethod("add", String.class,
                            NewMember.class, Viewer.class), 1), errors);
        }
        UUID id = members.add(slug, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/members/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/focal-points")
    @Operation(summary = "Appoint a focal point; the secretariat or the member's principal focal point")
    ResponseEntity<Void> appoint(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody NewFocalPoint request,
                                 Viewer viewer) {
        members.appointFocalPoint(slug, id, request.contact(), request.kind(), request.from(), viewer);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/focal-points/{focalPointId}")
    @Operation(summary = "End an alternate focal point's term (a principal is replaced, never removed)")
    ResponseEntity<Void> endFocalPoint(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID focalPointId,
                                       Viewer viewer) {
        members.endFocalPoint(slug, id, focalPointId, viewer);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/focal-points/{personId}/contact")
    @Operation(summary = "Update a focal point's work contact")
    ResponseEntity<Void> updateContact(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID personId,
                                       @Valid @RequestBody Contact contact, Viewer viewer) {
        members.updateContact(slug, id, personId, contact, viewer);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/history")
    @Operation(summary = "The dated history of the member list")
    ApiPage<HistoryLine> history(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "50") int size, Viewer viewer) {
        int safeSize = Math.clamp(size, 1, ApiPage.MAX_SIZE);
        int safePage = Math.max(page, 0);
        return new ApiPage<>(members.history(slug, safePage, safeSize, viewer), safePage, safeSize, members.historySize(slug));
    }
}
