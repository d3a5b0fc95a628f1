package org.kenes.meetings;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/networks/{slug}/meetings/{id}/minutes")
class MinutesController {

    private static final String TEXT = "text_";

    private final MinutesService minutes;
    private final Meetings meetings;
    private final ActionPoints actions;
    private final NetworkConfigurations networks;

    MinutesController(MinutesService minutes, Meetings meetings, ActionPoints actions, NetworkConfigurations networks) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.actions = actions;
        this.networks = networks;
    }


    @GetMapping
    String show(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        Minutes.View current = minutes.read(slug, id, viewer);
        return page(slug, id, viewer, model, current, current.texts(), false);
    }

    @PostMapping
    String save(@PathVariable String slug, @PathVariable UUID id, @RequestParam long version,
                @RequestParam Map<String, String> form, Viewer viewer, Model model, RedirectAttributes redirect) {
        Map<UUID, String> texts = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(TEXT)) {
                texts.put(UUID.fromString(name.substring(TEXT.length())), value);
            }
        });
        try {
            MinutesService.Outcome outcome = minutes.write(slug, id, texts, version, viewer);
            if (outcome.saved()) {
                redirect.addFlashAttribute("flash", "minutes.saved");
                redirect.addFlashAttribute("savedDraft", true);
                return "redirect:/networks/" + slug + "/meetings/" + id + "/minutes";
            }
            // someone saved in between: show their texts beside this person's, which stay in the form
            model.addAttribute("conflict", outcome.minutes().texts());
            return page(slug, id, viewer, model, outcome.minutes(), texts, true);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
            return "redirect:/networks/" + slug + "/meetings/" + id + "/minutes";
        }
    }

    @PostMapping("/clear")
    String clear(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "minutes.clearedNotice", () -> minutes.clear(slug, id, viewer));
    }

    @PostMapping("/disseminate")
    String disseminate(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "minutes.disseminatedNotice", () -> minutes.disseminate(slug, id, viewer));
    }

    private String page(String slug, UUID id, Viewer viewer, Model model, Minutes.View current, Map<UUID, String> shown,
                        boolean conflict) {
        model.addAttribute("network", networks.of(slug));
        model.addAttribute("meeting", meetings.meeting(slug, id, viewer));
        model.addAttribute("minutes", current);
        MeetingView meeting = (MeetingView) model.getAttribute("meeting");
        model.addAttribute("actions", meeting.workingGroupId() == null ? actions.ofMeeting(slug, id, viewer) : java.util.List.of());
        model.addAttribute("shown", shown);
        model.addAttribute("inConflict", conflict);
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        model.addAttribute("coChair", viewer.has(slug, NetworkRole.CO_CHAIR));
        return "meetings/minutes";
    }

    private String act(String slug, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/meetings/" + id + "/minutes";
    }
}
