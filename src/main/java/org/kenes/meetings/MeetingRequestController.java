package org.kenes.meetings;

import jakarta.validation.Valid;
import java.util.UUID;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/networks/{slug}/meeting-requests")
class MeetingRequestController {

    private final MeetingRequests requests;
    private final Members members;
    private final NetworkConfigurations networks;

    MeetingRequestController(MeetingRequests requests, Members members, NetworkConfigurations networks) {
        this.requests = requests;
        this.members = members;
        this.networks = networks;
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        var shown = requests.list(slug, viewer, PageRequest.of(Math.max(page, 0), 20));
        model.addAttribute("network", networks.of(slug));
        model.addAttribute("requests", shown);
        model.addAttribute("page", shown.getNumber());
        model.addAttribute("pages", shown.getTotalPages());
        model.addAttribute("mine", members.organisationsOf(slug, viewer));
        model.addAttribute("coChair", viewer.has(slug, NetworkRole.CO_CHAIR));
        if (!model.containsAttribute("newRequest")) {
            model.addAttribute("newRequest", new MeetingRequests.NewRequest("", "", ""));
        }
        return "meetings/requests";
    }

    @PostMapping
    String request(@PathVariable String slug, @Valid @ModelAttribute("newRequest") MeetingRequests.NewRequest form,
                   BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("requestFormOpen", true);
            return list(slug, 0, viewer, model);
        }
        requests.request(slug, form, viewer);
        redirect.addFlashAttribute("flash", "request.sent");
        return "redirect:/networks/" + slug + "/meeting-requests";
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable String slug, @PathVariable UUID id, @Valid MeetingRequests.Acceptance acceptance,
                  BindingResult errors, Viewer viewer, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("refusal", "request.dateNeeded");
            return "redirect:/networks/" + slug + "/meeting-requests";
        }
        try {
            UUID meeting = requests.accept(slug, id, acceptance, viewer);
            redirect.addFlashAttribute("flash", "request.accepted");
            return "redirect:/networks/" + slug + "/meetings/" + meeting;
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
            return "redirect:/networks/" + slug + "/meeting-requests";
        }
    }

    @PostMapping("/{id}/decline")
    String decline(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String reason, Viewer viewer,
                   RedirectAttributes redirect) {
        try {
            requests.decline(slug, id, reason, viewer);
            redirect.addFlashAttribute("flash", "request.declined");
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/meeting-requests";
    }
}
