package org.kenes.meetings;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.kenes.shared.print.PdfRenderer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class AgendaPrintController {

    private final Meetings meetings;
    private final NetworkConfigurations networks;
    private final PdfRenderer pdf;

    AgendaPrintController(Meetings meetings, NetworkConfigurations networks, PdfRenderer pdf) {
        this.meetings = meetings;
        this.networks = networks;
        this.pdf = pdf;
    }

    /** The agenda as a PDF marked with its information level; the same readers as the meeting page. */
    @GetMapping("/networks/{slug}/meetings/{id}/agenda.pdf")
    ResponseEntity<byte[]> print(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Locale locale) {
        MeetingView meeting = meetings.meeting(slug, id, viewer);
        byte[] body = pdf.render("meetings/agenda-print", Map.of("network", networks.of(slug), "meeting", meeting), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("agenda-" + meeting.startsAt().toLocalDate() + ".pdf").build().toString())
                .body(body);
    }
}
