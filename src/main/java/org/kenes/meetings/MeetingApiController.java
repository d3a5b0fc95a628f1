package org.kenes.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.kenes.shared.ApiPage;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/networks/{slug}/meetings")
@Tag(name = "Meetings", description = "Meetings of a network and its working groups, with their agendas")
class MeetingApiController {

    private final Meetings meetings;

    MeetingApiController(Meetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    @Operation(summary = "The meetings the caller may see, newest first")
    ApiPage<MeetingView> list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "20") int size, Viewer viewer) {
        Page<MeetingView> visible = meetings.visible(slug, viewer,
                PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, ApiPage.MAX_SIZE)));
        if (!viewer.participatesIn(slug) && visible.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("Not a participant of " + slug);
        }
        return new ApiPage<>(visible.getContent(), visible.getNumber(), visible.getSize(), visible.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A meeting with its agenda")
    MeetingView meeting(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return meetings.meeting(slug, id, viewer);
    }
}
