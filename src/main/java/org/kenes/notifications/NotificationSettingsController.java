package org.kenes.notifications;

import java.util.LinkedHashSet;
import java.util.Set;
import org.kenes.identity.Accounts;
import org.kenes.membership.Members;
import org.kenes.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's choice between immediate e-mails and a daily digest of the notices that need no action, and whether
 * they receive the weekly library digest.
 */
@Controller
class NotificationSettingsController {

    private final Accounts accounts;
    private final Members members;
    private final NotificationPreferences preferences;

    NotificationSettingsController(Accounts accounts, Members members, NotificationPreferences preferences) {
        this.accounts = accounts;
        this.members = members;
        this.preferences = preferences;
    }

    @GetMapping("/profile/notifications")
    String settings(Viewer viewer, Model model) {
        Set<String> addresses = addressesOf(viewer);
        model.addAttribute("addresses", addresses);
        model.addAttribute("dailyDigest", preferences.anyWantsDigest(addresses));
        model.addAttribute("weeklyLibraryDigest", preferences.wantsWeeklyLibraryDigest(viewer.accountId()));
        return "notifications/settings";
    }

    @PostMapping("/profile/notifications")
    String choose(@RequestParam(defaultValue = "false") boolean dailyDigest, Viewer viewer, RedirectAttributes redirect) {
        preferences.choose(addressesOf(viewer), dailyDigest);
        redirect.addFlashAttribute("flash", dailyDigest ? "notifications.digest.chosen" : "notifications.immediate.chosen");
        return "redirect:/profile/notifications";
    }

    /** The weekly e-mail of what was shared in the library, on or off. */
    @PostMapping("/profile/notifications/library-digest")
    String chooseLibraryDigest(@RequestParam(defaultValue = "false") boolean weeklyLibraryDigest, Viewer viewer,
                               RedirectAttributes redirect) {
        if (viewer.isAnonymous()) {
            throw new AccessDeniedException("Sign in to choose how you receive e-mail");
        }
        preferences.chooseWeeklyLibraryDigest(viewer.accountId(), weeklyLibraryDigest);
        redirect.addFlashAttribute("flash", weeklyLibraryDigest ? "notifications.libraryDigest.on" : "notifications.libraryDigest.off");
        return "redirect:/profile/notifications";
    }

    /** The account's own address and those its focal-point records carry, which is where Kenes writes. */
    private Set<String> addressesOf(Viewer viewer) {
        if (viewer.isAnonymous()) {
            throw new AccessDeniedException("Sign in to choose how you receive e-mail");
        }
        Set<String> addresses = new LinkedHashSet<>();
        accounts.find(viewer.accountId()).ifPresent(account -> addresses.add(NotificationPreferences.normal(account.email())));
        members.addressesOf(viewer.accountId()).forEach(email -> addresses.add(NotificationPreferences.normal(email)));
        return addresses;
    }
}
