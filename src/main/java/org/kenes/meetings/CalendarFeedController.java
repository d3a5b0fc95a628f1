package org.kenes.meetings;

import java.nio.charset.StandardCharsets;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class CalendarFeedController {

    private final CalendarFeeds feeds;
    private final String baseUrl;

    CalendarFeedController(CalendarFeeds feeds, @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.feeds = feeds;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/calendar")
    String page(Viewer viewer, Model model) {
        model.addAttribute("subscribed", feeds.has(viewer));
        return "meetings/calendar";
    }

    @PostMapping("/calendar")
    String reset(Viewer viewer, Model model, jakarta.servlet.http.HttpServletResponse response) {
        // the link is shown in this response only, never stored in the session or cached
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("link", baseUrl + "/calendar/" + feeds.reset(viewer) + ".ics");
        model.addAttribute("subscribed", true);
        return "meetings/calendar";
    }

    /** Calendar programs fetch this without a session; the token stands for the person. */
    @GetMapping("/calendar/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                        .cacheControl(CacheControl.noStore())
                        .body(body.getBytes(StandardCharsets.UTF_8)))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
