package org.kenes.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
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

/**
 * Meetings and their agendas over JSON. Every step goes through {@link Meetings}, which applies the same rules as
 * the pages: the secretariat plans, drafts, circulates and records; a co-chair clears the agenda. Planning and adding
 * to the agenda answer with the meeting; the other steps with 204 (a co-chair may clear the agenda of a working-group
 * meeting without being in the group, so the answer cannot always show the meeting).
 */
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

    @PostMapping
    @Operation(summary = "Plan a meeting; secretariat only",
            description = "The date and time are in the network's time zone. A working-group meeting names its group.")
    ResponseEntity<MeetingView> plan(@PathVariable String slug, @Valid @RequestBody NewMeeting request, Viewer viewer) {
        UUID id = meetings.plan(slug, request, viewer);
        return ResponseEntity.created(URI.create("/api/v1/networks/" + slug + "/meetings/" + id))
                .body(meetings.meeting(slug, id, viewer));
    }

    @PostMapping("/{id}/agenda")
    @Operation(summary = "Add an item to the draft agenda; secretariat only, until a co-chair has cleared it")
    MeetingView addAgendaItem(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody NewAgendaItem item,
                              Viewer viewer) {
        meetings.addAgendaItem(slug, id, item, viewer);
        return meetings.meeting(slug, id, viewer);
    }

    @PostMapping("/{id}/agenda/clear")
    @Operation(summary = "Clear the drafted agenda; a co-chair only")
    ResponseEntity<Void> clearAgenda(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        meetings.clearAgenda(slug, id, viewer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/agenda/circulate")
    @Operation(summary = "Circulate the cleared agenda, which sends the calendar invitations; secretariat only")
    ResponseEntity<Void> circulateAgenda(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        meetings.circulateAgenda(slug, id, viewer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/held")
    @Operation(summary = "Record that the meeting was held; secretariat only, once it has started")
    ResponseEntity<Void> held(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        meetings.markHeld(slug, id, viewer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a meeting that has not been held, giving the reason; secretariat only")
    ResponseEntity<Void> cancel(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Cancellation request,
                                Viewer viewer) {
        meetings.cancel(slug, id, request.reason(), viewer);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reschedule")
    @Operation(summary = "Move a meeting that has not been held; secretariat only",
            description = "Whoever received the agenda gets an update of the same calendar event (same UID, higher SEQUENCE).")
    MeetingView reschedule(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Reschedule request, Viewer viewer) {
        meetings.reschedule(slug, id, request, viewer);
        return meetings.meeting(slug, id, viewer);
    }

    @PostMapping("/{id}/invitees")
    @Operation(summary = "Invite an organisation to an Annual Network Meeting or a working group's meeting; secretariat only")
    MeetingView invite(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Invitation request, Viewer viewer) {
        meetings.invite(slug, id, request.organisation(), viewer);
        return meetings.meeting(slug, id, viewer);
    }

    /** The organisation to invite, by its id (the planner's list of those who may be invited gives them). */
    record Invitation(@jakarta.validation.constraints.NotNull UUID organisation) {
    }

    /** Why a meeting is cancelled; a missing reason is refused by the meeting itself, naming the field. */
    record Cancellation(@Size(max = 1000) String reason) {
    }
}
