package org.kenes.membership;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.kenes.shared.ApiPage;
import org.kenes.shared.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/stakeholders")
@Tag(name = "Stakeholders", description = "The register of external stakeholders and the engagement log")
class StakeholderApiController {

    private final Stakeholders stakeholders;

    StakeholderApiController(Stakeholders stakeholders) {
        this.stakeholders = stakeholders;
    }

    @GetMapping
    @Operation(summary = "The stakeholder register, for the network's members")
    ApiPage<Stakeholders.Stakeholder> register(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                                               @RequestParam(defaultValue = "50") int size, Viewer viewer) {
        return ApiPage.of(stakeholders.register(slug, viewer), page, size);
    }

    @PostMapping
    @Operation(summary = "Add a stakeholder to the register; secretariat only")
    ResponseEntity<Map<String, UUID>> add(@PathVariable String slug, @Valid @RequestBody NewStakeholder request, Viewer viewer) {
        UUID id = stakeholders.add(slug, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/stakeholders")).body(Map.of("id", id));
    }

    @GetMapping("/engagements")
    @Operation(summary = "The engagement log, newest first")
    ApiPage<Stakeholders.Engagement> log(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                                         @RequestParam(defaultValue = "25") int size, Viewer viewer) {
        int safeSize = Math.clamp(size, 1, ApiPage.MAX_SIZE);
        int safePage = Math.max(page, 0);
        return new ApiPage<>(stakeholders.log(slug, safePage, safeSize, viewer), safePage, safeSize, stakeholders.logSize(slug));
    }

    @PostMapping("/engagements")
    @Operation(summary = "Log an engagement with a registered stakeholder; any network member")
    ResponseEntity<Map<String, UUID>> record(@PathVariable String slug, @Valid @RequestBody NewEngagement request, Viewer viewer) {
        UUID id = stakeholders.record(slug, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/stakeholders/engagements")).body(Map.of("id", id));
    }
}
