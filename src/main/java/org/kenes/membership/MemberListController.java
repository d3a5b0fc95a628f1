package org.kenes.membership;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The member list pages: the list as of a day, a member with its focal points, adding a member, the history. */
@Controller
@RequestMapping("/networks/{slug}/members")
class MemberListController {

    private static final int HISTORY_PAGE = 50;

    private final Members members;
    private final Invitations invitations;
    private final NetworkConfigurations networks;
    private final org.springframework.validation.Validator validator;

    MemberListController(Members members, Invitations invitations, NetworkConfigurations networks,
                         org.springframework.validation.Validator validator) {
        this.members = members;
        this.invitations = invitations;
        this.networks = networks;
        this.validator = validator;
    }

    @ModelAttribute("network")
    org.kenes.network.NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @ModelAttribute("organisationKinds")
    OrganisationKind[] organisationKinds() {
        return OrganisationKind.values();
    }

    @ModelAttribute("memberRoles")
    MemberRole[] memberRoles() {
        return MemberRole.values();
    }

    @ModelAttribute("focalPointKinds")
    FocalPointKind[] focalPointKinds() {
        return FocalPointKind.values();
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                Viewer viewer, Model model) {
        LocalDate day = asOf == null ? members.today(slug) : asOf;
        model.addAttribute("asOf", day);
        model.addAttribute("today", day.equals(members.today(slug)));
        model.addAttribute("members", members.list(slug, day, viewer));
        model.addAttribute("coChairs", members.coChairs(slug, day, viewer));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        return "membership/members";
    }

    @GetMapping("/new")
    String newMember(@PathVariable String slug, Viewer viewer, Model model) {
        MemberListAccess.requireSecretariat(viewer, slug);
        model.addAttribute("newMember", NewMember.empty(members.today(slug)));
        return "membership/new-member";
    }

    @PostMapping
    String add(@PathVariable String slug, @Valid @ModelAttribute("newMember") NewMember form, BindingResult errors,
               Viewer viewer, RedirectAttributes redirect) {
        MemberListAccess.requireSecretariat(viewer, slug);
        form.validateAlternate(validator, errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = members.add(slug, form, viewer);
                redirect.addFlashAttribute("flash", "membership.added");
                return "redirect:/networks/" + slug + "/members/" + id;
            } catch (RuleViolation refusal) {
                reject(errors, refusal);
            }
        }
        return "membership/new-member";
    }

    @GetMapping("/{id}")
    String member(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        Members.MemberDetails details = members.member(slug, id, viewer);
        model.addAttribute("member", details);
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        if (viewer.isSecretariatOf(slug)) {
            model.addAttribute("invitations", invitations.latestOf(details.focalPoints().stream()
                    .map(MemberListEntry.FocalPointEntry::personId).toList()));
        }
        if (!model.containsAttribute("newFocalPoint")) {
            model.addAttribute("newFocalPoint", NewFocalPoint.empty());
        }
        return "membership/member";
    }

    @PostMapping("/{id}/focal-points")
    String appoint(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("newFocalPoint") NewFocalPoint form,
                   BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                members.appointFocalPoint(slug, id, form.contact(), form.kind(), form.from(), viewer);
                redirect.addFlashAttribute("flash", "membership.focalPoint.appointed");
                return "redirect:/networks/" + slug + "/members/" + id;
            } catch (RuleViolation refusal) {
                reject(errors, refusal);
            }
        }
        return member(slug, id, viewer, model);
    }

    @PostMapping("/{id}/focal-points/{focalPointId}/end")
    String endFocalPoint(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID focalPointId, Viewer viewer,
                         RedirectAttributes redirect) {
        return act(slug, id, redirect, "membership.focalPoint.ended", () -> members.endFocalPoint(slug, id, focalPointId, viewer));
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable String slug, @PathVariable UUID id, @RequestParam MemberRole role, Viewer viewer,
                      RedirectAttributes redirect) {
        return act(slug, id, redirect, "membership.role.changed", () -> members.changeRole(slug, id, role, viewer));
    }

    @PostMapping("/{id}/leave")
    String leave(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "membership.left", () -> members.leave(slug, id, null, viewer));
    }

    @GetMapping("/history")
    String history(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        int safePage = Math.max(page, 0);
        model.addAttribute("lines", members.history(slug, safePage, HISTORY_PAGE, viewer));
        long total = members.historySize(slug);
        model.addAttribute("page", safePage);
        model.addAttribute("pages", Math.max(1, (total + HISTORY_PAGE - 1) / HISTORY_PAGE));
        return "membership/history";
    }

    private String act(String slug, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/members/" + id;
    }

    private static void reject(BindingResult errors, RuleViolation refusal) {
        if (refusal.field() != null) {
            errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
        } else {
            errors.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }
}
