package org.kenes.membership;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.http.HttpStatus;
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
class InvitationController {

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @PostMapping("/networks/{slug}/members/{memberId}/invitations")
    String invite(@PathVariable String slug, @PathVariable UUID memberId, @RequestParam UUID personId, Locale locale,
                  Viewer viewer, RedirectAttributes redirect) {
        try {
            invitations.invite(slug, memberId, personId, locale, viewer);
            redirect.addFlashAttribute("flash", "invitation.sent");
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/members/" + memberId;
    }

    @PostMapping("/networks/{slug}/members/{memberId}/invitations/{invitationId}/revoke")
    String revoke(@PathVariable String slug, @PathVariable UUID memberId, @PathVariable UUID invitationId, Viewer viewer,
                  RedirectAttributes redirect) {
        invitations.revoke(slug, invitationId, viewer);
        redirect.addFlashAttribute("flash", "invitation.revokedNotice");
        return "redirect:/networks/" + slug + "/members/" + memberId;
    }

    @GetMapping("/invitations/{token}")
    String open(@PathVariable String token, Model model, jakarta.servlet.http.HttpServletResponse response) {
        try {
            model.addAttribute("invited", invitations.open(token));
            model.addAttribute("acceptance", new Acceptance("", "", ""));
            return "membership/invitation";
        } catch (RuleViolation refusal) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", refusal.messageKey());
            return "membership/invitation-unusable";
        }
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @Valid @ModelAttribute("acceptance") Acceptance acceptance,
                  BindingResult errors, Model model, jakarta.servlet.http.HttpServletResponse response) {
        Invitations.Invited invited;
        try {
            invited = invitations.open(token);
        } catch (RuleViolation refusal) {
            response.setStatus(HttpStatus.GONE.value());
            model.addAttribute("reason", refusal.messageKey());
            return "membership/invitation-unusable";
        }
        if (!errors.hasErrors()) {
            try {
                invitations.accept(token, acceptance);
                return "redirect:/login?welcome";
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        model.addAttribute("invited", invited);
        return "membership/invitation";
    }
}
