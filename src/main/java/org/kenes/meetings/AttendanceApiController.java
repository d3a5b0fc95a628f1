package org.kenes.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Representation at network meetings over JSON, through {@link Attendance}: for the network's members only. */
@RestController
@RequestMapping("/api/v1/networks/{slug}/meetings/{id}")
@Tag(name = "Attendance", description = "Who represents each member at a network meeting, and who attended")
class AttendanceApiController {

    private final Attendance attendance;

    AttendanceApiController(Attendance attendance) {
        this.attendance = attendance;
    }

    @GetMapping("/attendance")
    @Operation(summary = "The attendance sheet of a network meeting; the network's members only",
            description = "Every member expected that day, what it announced and whether it attended; after the meeting, "
                    + "the members that were not represented. 'mine' lists the caller's own organisations.")
    Attendance.Sheet sheet(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        return attendance.sheet(slug, id, viewer);
    }

    @PostMapping("/representation")
    @Operation(summary = "Announce who represents a member, or send its apologies; its focal points or the secretariat, "
            + "before the meeting")
    Attendance.Sheet announce(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Announcement request,
                              Viewer viewer) {
        attendance.announce(slug, id, request.organisation(), request.intention(), request.representative(), viewer);
        return attendance.sheet(slug, id, viewer);
    }

    @PostMapping("/attendance")
    @Operation(summary = "Record which members attended a held meeting; secretariat only",
            description = "Every expected member not listed is recorded as absent.")
    Attendance.Sheet record(@PathVariable String slug, @PathVariable UUID id, @Valid @RequestBody Attended request,
                            Viewer viewer) {
        attendance.record(slug, id, request.attended(), viewer);
        return attendance.sheet(slug, id, viewer);
    }

    /** A member's representation: ATTENDING names the representative, APOLOGIES need no name. */
    record Announcement(@NotBlank @Size(max = 40) String organisation, @NotNull Representation.Intention intention,
                        @Size(max = 200) String representative) {
    }

    /** The member organisations (acronyms) that attended. */
    record Attended(@NotNull Set<@NotBlank String> attended) {
    }
}
