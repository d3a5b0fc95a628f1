package org.kenes.membership;

import java.util.Locale;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class MemberListShareController {

    private final MemberListSharing sharing;
    private final NetworkConfigurations networks;

    MemberListShareController(MemberListSharing sharing, NetworkConfigurations networks) {
        this.sharing = sharing;
        this.networks = networks;
    }

    @PostMapping("/networks/{slug}/members/share")
    String share(@PathVariable String slug, Viewer viewer, RedirectAttributes redirect) {
        try {
            int recipients = sharing.shareNow(slug, viewer);
            redirect.addFlashAttribute("flash", "members.shared");
            redirect.addFlashAttribute("recipients", recipients);
        } catch (MemberListSharing.MailNotSent e) {
            redirect.addFlashAttribute("refusal", "members.share.failed");
        }
        return "redirect:/networks/" + slug + "/members/shares";
    }

    @GetMapping("/networks/{slug}/members/shares")
    String shares(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("network", networks.of(slug));
        model.addAttribute("snapshots", sharing.snapshots(slug, viewer));
        return "membership/shares";
    }

    @GetMapping("/networks/{slug}/members/shares/{id}.pdf")
    ResponseEntity<byte[]> snapshot(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Locale locale) {
        byte[] pdf = sharing.snapshotPdf(slug, id, locale, viewer);
        return MemberListExportController.file(pdf, MediaType.APPLICATION_PDF, slug, java.time.LocalDate.now(), "pdf");
    }
}
