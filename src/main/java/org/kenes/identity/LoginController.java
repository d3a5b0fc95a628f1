package org.kenes.identity;

import org.kenes.shared.DemoMode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final Accounts accounts;
    private final DemoMode demoMode;

    LoginController(Accounts accounts, DemoMode demoMode) {
        this.accounts = accounts;
        this.demoMode = demoMode;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String locked,
                 @RequestParam(required = false) String signedOut, @RequestParam(required = false) String welcome,
                 Model model) {
        model.addAttribute("welcome", welcome != null);
        model.addAttribute("failed", error != null);
        model.addAttribute("locked", locked != null);
        model.addAttribute("signedOut", signedOut != null);
        if (demoMode.enabled()) {
            model.addAttribute("demoAccounts", accounts.demoAccounts());
        }
        return "identity/login";
    }
}
