package org.kenes.meetings;

import java.util.Map;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.shared.print.PdfRenderer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class MinutesPrintController {

    private final MinutesService minutes;
    private final Meetings meetings;
    private final ActionPoints actions;
    private final NetworkConfigurations networks;
    private final PdfRenderer pdf;

    MinutesPrintController(MinutesService minutes, Meetings meetings, ActionPoints actions, NetworkConfigurations networks,
                           PdfRenderer pdf) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.actions = actions;
        this.networks = networks;
        this.pdf = pdf;
    }

    /** The minutes as a dated PDF marked internal; the same readers as the page. */
    @GetMapping("/networks/{slug}/meetings/{id}/minutes.pdf")
    org.springframework.http.ResponseEntity<byte[]> print(@PathVariable String slug, @PathVariable UUID id, Viewer viewer,
                                                         java.util.Locale locale) {
        Minutes.View current = minutes.read(slug, id, viewer);
        MeetingView meeting = meetings.meeting(slug, id, viewer);
        byte[] body = pdf.render("meetings/minutes-print", Map.of("network", networks.of(slug), "meeting", meeting,
                "minutes", current, "actions", meeting.workingGroupId() == null ? actions.ofMeeting(slug, id, viewer) : java.util.List.of()),
                locale);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                        .attachment().filename("minutes-" + meeting.startsAt().toLocalDate() + ".pdf").build().toString())
                .body(body);
    }

}
