package org.kenes.membership;

import jakarta.validation.Valid;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
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

/** The stakeholder register and the engagement log, on one page. */
@Controller
@RequestMapping("/networks/{slug}/stakeholders")
class StakeholderController {

    private static final int LOG_PAGE = 25;

    private final Stakeholders stakeholders;
    private final Members members;
    private final NetworkConfigurations networks;

    StakeholderController(Stakeholders stakeholders, Members members, NetworkConfigurations networks) {
        this.stakeholders = stakeholders;
        this.members = members;
        this.networks = networks;
    }

    @GetMapping
    String page(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        int safePage = Math.max(page, 0);
        model.addAttribute("network", networks.of(slug));
        model.addAttribute("register", stakeholders.register(slug, viewer));
        model.addAttribute("log", stakeholders.log(slug, safePage, LOG_PAGE, viewer));
        long total = stakeholders.logSize(slug);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", Math.max(1, (total + LOG_PAGE - 1) / LOG_PAGE));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        model.addAttribute("organisationKinds", OrganisationKind.values());
        model.addAttribute("engagementKinds", NewEngagement.EngagementKind.values());
        if (!model.containsAttribute("newStakeholder")) {
            model.addAttribute("newStakeholder", new NewStakeholder("", "", "", OrganisationKind.NGO, "", "", ""));
        }
        if (!model.containsAttribute("newEngagement")) {
            model.addAttribute("newEngagement", new NewEngagement(members.today(slug), NewEngagement.EngagementKind.MEETING,
                    null, "", "", ""));
        }
        return "membership/stakeholders";
    }

    @PostMapping
    String add(@PathVariable String slug, @Valid @ModelAttribute("newStakeholder") NewStakeholder form, BindingResult errors,
               Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                stakeholders.add(slug, form, viewer);
                redirect.addFlashAttribute("flash", "stakeholder.added");
                return "redirect:/networks/" + slug + "/stakeholders";
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        model.addAttribute("stakeholderFormOpen", true);
        return page(slug, 0, viewer, model);
    }

    @PostMapping("/engagements")
    String record(@PathVariable String slug, @Valid @ModelAttribute("newEngagement") NewEngagement form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                stakeholders.record(slug, form, viewer);
                redirect.addFlashAttribute("flash", "engagement.recorded");
                return "redirect:/networks/" + slug + "/stakeholders";
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        model.addAttribute("engagementFormOpen", true);
        return page(slug, 0, viewer, model);
    }
}
