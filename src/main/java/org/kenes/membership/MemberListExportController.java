package org.kenes.membership;

import java.time.LocalDate;
import java.util.Locale;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Downloads of the member list; the same reader check as the page, and never cached by anyone on the way. */
@Controller
class MemberListExportController {

    private final Members members;
    private final MemberListExports exports;
    private final NetworkConfigurations networks;

    MemberListExportController(Members members, MemberListExports exports, NetworkConfigurations networks) {
        this.members = members;
        this.exports = exports;
        this.networks = networks;
    }

    @GetMapping("/networks/{slug}/members.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               Viewer viewer, Locale locale) {
        LocalDate day = asOf == null ? members.today(slug) : asOf;
        var list = members.list(slug, day, viewer);
        byte[] body = exports.pdf(networks.of(slug), day, list, members.coChairs(slug, day, viewer), locale);
        return file(body, MediaType.APPLICATION_PDF, slug, day, "pdf");
    }

    @GetMapping("/networks/{slug}/members.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String slug, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                Viewer viewer, Locale locale) {
        LocalDate day = asOf == null ? members.today(slug) : asOf;
        byte[] body = exports.xlsx(networks.of(slug), day, members.list(slug, day, viewer), locale);
        return file(body, MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), slug, day, "xlsx");
    }

    @GetMapping("/networks/{slug}/members.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                               Viewer viewer, Locale locale) {
        LocalDate day = asOf == null ? members.today(slug) : asOf;
        byte[] body = exports.csv(members.list(slug, day, viewer), locale);
        return file(body, new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), slug, day, "csv");
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String slug, LocalDate day, String extension) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("member-list-" + slug + "-" + day + "." + extension).build().toString())
                .body(body);
    }
}
