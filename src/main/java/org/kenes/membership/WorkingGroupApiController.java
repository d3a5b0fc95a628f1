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
@RequestMapping("/api/v1/networks/{slug}/working-groups")
@Tag(name = "Working groups", description = "Permanent and ad-hoc working groups and their members")
class WorkingGroupApiController {

    private final WorkingGroups groups;

    WorkingGroupApiController(WorkingGroups groups) {
        this.groups = groups;
    }

    @GetMapping
    @Operation(summary = "The working groups the caller may see: all for network members, their own for external partners")
    ApiPage<WorkingGroup.WorkingGroupSummary> list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                                                   @RequestParam(defaultValue = "20") int size, Viewer viewer) {
        return ApiPage.of(groups.list(slug, viewer), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A working group with its members and their representatives")
    WorkingGroups.GroupPage group(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return groups.group(slug, id, viewer);
    }

    @PostMapping
    @Operation(summary = "Establish a working group; secretariat only")
    ResponseEntity<Map<String, UUID>> establish(@PathVariable String slug, @Valid @RequestBody NewWorkingGroup request, Viewer viewer) {
        UUID id = groups.establish(slug, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/working-groups/" + id)).body(Map.of("id", id));
    }

    @PostMapping("/{id}/members")
    @Operation(summary = "Add an organisation to a working group with its representative; secretariat only")
    ResponseEntity<Void> addMember(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody NewGroupMember request,
                                   Viewer viewer) {
        groups.addMember(slug, id, request, viewer);
        return ResponseEntity.noContent().build();
    }
}
