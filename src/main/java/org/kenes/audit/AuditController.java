package org.kenes.audit;

import org.kenes.shared.Viewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/networks/{slug}/audit")
    String network(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("entries", trail.of(slug, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "audit/trail";
    }

    @GetMapping("/admin/audit")
    String platform(@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        model.addAttribute("entries", trail.platform(viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "audit/trail";
    }
}
