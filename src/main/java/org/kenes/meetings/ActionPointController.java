package org.kenes.meetings;

import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ActionPointController {

    private final ActionPoints actions;
    private final NetworkConfigurations networks;

    ActionPointController(ActionPoints actions, NetworkConfigurations networks) {
        this.actions = actions;
        this.networks = networks;
    }

    @GetMapping("/networks/{slug}/action-points")
    String tracker(@PathVariable String slug, @RequestParam(required = false) Set<ActionPointStatus> status,
                   @RequestParam(required = false) String owner, @RequestParam(defaultValue = "false") boolean overdue,
                   @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        var shown = actions.tracker(slug, status, owner, overdue, viewer, PageRequest.of(Math.max(page, 0), 25));
        model.addAttribute("network", networks.of(slug));
        model.addAttribute("actions", shown);
        model.addAttribute("page", shown.getNumber());
        model.addAttribute("pages", shown.getTotalPages());
        model.addAttribute("statuses", ActionPointStatus.values());
        model.addAttribute("selected", status == null ? Set.of() : status);
        model.addAttribute("owner", owner);
        model.addAttribute("overdue", overdue);
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        return "meetings/action-points";
    }

    @PostMapping("/networks/{slug}/meetings/{id}/action-points")
    String record(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute ActionPoints.NewActionPoint form,
                  BindingResult errors, Viewer viewer, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("refusal", "action.incomplete");
        } else {
            try {
                actions.record(slug, id, form, viewer);
                redirect.addFlashAttribute("flash", "action.recorded");
            } catch (RuleViolation refusal) {
                redirect.addFlashAttribute("refusal", refusal.messageKey());
            }
        }
        return "redirect:/networks/" + slug + "/meetings/" + id + "/minutes";
    }

    @PostMapping("/networks/{slug}/action-points/{id}/update")
    String update(@PathVariable String slug, @PathVariable UUID id, @RequestParam ActionPointStatus status,
                  @RequestParam(required = false) String note, Viewer viewer, RedirectAttributes redirect) {
        try {
            actions.update(slug, id, status, note, viewer);
            redirect.addFlashAttribute("flash", "action.updated");
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/action-points";
    }
}
