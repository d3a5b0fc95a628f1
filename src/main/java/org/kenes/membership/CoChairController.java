package org.kenes.membership;

import jakarta.validation.Valid;
import org.kenes.network.NetworkConfiguration;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat records who holds each co-chair position of the ToR. */
@Controller
class CoChairController {

    private final CoChairs coChairs;
    private final Members members;
    private final NetworkConfigurations networks;

    CoChairController(CoChairs coChairs, Members members, NetworkConfigurations networks) {
        this.coChairs = coChairs;
        this.members = members;
        this.networks = networks;
    }

    @GetMapping("/networks/{slug}/members/co-chairs/{position}")
    String form(@PathVariable String slug, @PathVariable String position, Viewer viewer, Model model) {
        MemberListAccess.requireSecretariat(viewer, slug);
        model.addAttribute("handover", new CoChairHandover(Contact.empty(), members.today(slug)));
        return show(slug, position, model);
    }

    @PostMapping("/networks/{slug}/members/co-chairs/{position}")
    String handOver(@PathVariable String slug, @PathVariable String position,
                    @Valid @ModelAttribute("handover") CoChairHandover form, BindingResult errors, Viewer viewer, Model model,
                    RedirectAttributes redirect) {
        MemberListAccess.requireSecretariat(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                coChairs.handOver(slug, position, form.holder(), form.from(), viewer);
                redirect.addFlashAttribute("flash", "coChair.handedOver");
                return "redirect:/networks/" + slug + "/members";
            } catch (RuleViolation refusal) {
                errors.reject(refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return show(slug, position, model);
    }

    private String show(String slug, String position, Model model) {
        NetworkConfiguration network = networks.of(slug);
        model.addAttribute("network", network);
        model.addAttribute("position", network.coChairs().stream().filter(p -> p.code().equals(position)).findFirst()
                .orElseThrow(() -> new CoChairPositionNotFound(position)));
        return "membership/co-chair";
    }

    static class CoChairPositionNotFound extends org.kenes.shared.NotFoundException {
        CoChairPositionNotFound(String code) {
            super("No co-chair position " + code);
        }
    }
}
