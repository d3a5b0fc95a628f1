package org.kenes.identity;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's own profile: who they are, and their personal access tokens for the API. */
@Controller
class ProfileController {

    private final Accounts accounts;
    private final AccessTokens tokens;

    ProfileController(Accounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal KenesPrincipal principal, Model model) {
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm(""));
        }
        return show(principal, model);
    }

    @PostMapping("/profile/tokens")
    String issue(@AuthenticationPrincipal KenesPrincipal principal, @Valid @ModelAttribute("tokenForm") TokenForm form,
                 BindingResult errors, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            return show(principal, model);
        }
        // the secret is shown in this response only: never kept in the session, never cached
        AccessTokens.IssuedToken issued = tokens.issue(principal.accountId(), form.name());
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("issuedSecret", issued.secret());
        model.addAttribute("issuedName", issued.token().name());
        model.addAttribute("tokenForm", new TokenForm(""));
        return show(principal, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal KenesPrincipal principal, @PathVariable UUID id,
                  RedirectAttributes redirect) {
        tokens.revoke(principal.accountId(), id);
        redirect.addFlashAttribute("flash", "profile.token.revokedNotice");
        return "redirect:/profile";
    }

    private String show(KenesPrincipal principal, Model model) {
        model.addAttribute("account", accounts.find(principal.accountId()).orElseThrow());
        model.addAttribute("tokens", tokens.of(principal.accountId()));
        return "identity/profile";
    }
}
