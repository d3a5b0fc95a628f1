package org.kenes.decisions;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.kenes.membership.WorkingGroups;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
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

/** Consultations: the list, opening one, a proposal with its positions, and the steps on it. */
@Controller
@RequestMapping("/networks/{slug}/decisions")
class ConsultationController {

    private static final int PAGE_SIZE = 20;

    private final Consultations consultations;
    private final WorkingGroups groups;
    private final org.kenes.meetings.Meetings meetings;
    private final NetworkConfigurations networks;

    ConsultationController(Consultations consultations, WorkingGroups groups, org.kenes.meetings.Meetings meetings,
                           NetworkConfigurations networks) {
        this.meetings = meetings;
        this.consultations = consultations;
        this.groups = groups;
        this.networks = networks;
    }

    @ModelAttribute("network")
    org.kenes.network.NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        Page<ProposalView> visible = consultations.visible(slug, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("proposals", visible);
        model.addAttribute("page", visible.getNumber());
        model.addAttribute("pages", visible.getTotalPages());
        model.addAttribute("convener", convener(viewer, slug));
        return "decisions/list";
    }

    /** The form; opened from a meeting's page, the proposal is put to that meeting. */
    @GetMapping("/new")
    String newProposal(@PathVariable String slug, @RequestParam(required = false) UUID meeting, Viewer viewer, Model model) {
        Consultations.requireConvener(viewer, slug);
        model.addAttribute("newProposal", new NewProposal("", "", "", false, meeting == null ? Procedure.SILENCE_PROCEDURE
                : Procedure.IN_MEETING, LocalDate.now(networks.of(slug).timeZone()).plusDays(7), LocalTime.of(18, 0), null, meeting));
        return form(slug, viewer, model);
    }

    /** The proposals put to a meeting, as a fragment its page pulls in. */
    @GetMapping("/of-meeting/{meetingId}")
    String ofMeeting(@PathVariable String slug, @PathVariable UUID meetingId, Viewer viewer, Model model) {
        if (!viewer.participatesIn(slug)) {
            return "decisions/of-meeting :: none";
        }
        model.addAttribute("proposals", consultations.ofMeeting(slug, meetingId, viewer));
        model.addAttribute("meetingId", meetingId);
        model.addAttribute("convener", convener(viewer, slug));
        return "decisions/of-meeting :: proposals";
    }

    @PostMapping
    String open(@PathVariable String slug, @Valid @ModelAttribute("newProposal") NewProposal form, BindingResult errors,
                Viewer viewer, Model model, RedirectAttributes redirect) {
        Consultations.requireConvener(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                UUID id = consultations.open(slug, form, viewer);
                redirect.addFlashAttribute("flash", "proposal.opened");
                return "redirect:/networks/" + slug + "/decisions/" + id;
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return form(slug, viewer, model);
    }

    private String form(String slug, Viewer viewer, Model model) {
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("groups", groups.list(slug, viewer)); // the form offers those not archived
        model.addAttribute("counterparts", networks.of(slug).counterpartsConsultedOnStateMatters());
        model.addAttribute("meetings", meetings.visible(slug, viewer, PageRequest.of(0, 30)).getContent().stream()
                .filter(m -> m.status() != org.kenes.meetings.MeetingStatus.CANCELLED).toList());
        return "decisions/new";
    }

    @GetMapping("/{id}")
    String proposal(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        ProposalView proposal = consultations.proposal(slug, id, viewer);
        model.addAttribute("proposal", proposal);
        boolean secretariat = viewer.isSecretariatOf(slug);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("convener", convener(viewer, slug));
        // the organisations this person may give a position for: her own, or in a meeting any, for the secretariat
        model.addAttribute("speaksFor", proposal.open() ? consultations.voicesOf(slug, id, viewer) : java.util.List.of());
        model.addAttribute("kinds", PositionKind.values());
        model.addAttribute("counterparts", networks.of(slug).counterpartsConsultedOnStateMatters());
        return "decisions/proposal";
    }

    @PostMapping("/{id}/positions")
    String position(@PathVariable String slug, @PathVariable UUID id, @RequestParam String organisation,
                    @RequestParam(required = false) PositionKind kind, @RequestParam(required = false) String note, Viewer viewer,
                    RedirectAttributes redirect) {
        return act(slug, id, redirect, "position.given", () -> consultations.givePosition(slug, id, organisation, kind, note, viewer));
    }

    @PostMapping("/{id}/counterpart")
    String counterpart(@PathVariable String slug, @PathVariable UUID id, @RequestParam String counterpart,
                       @RequestParam(required = false) String response, @RequestParam(required = false) LocalDate consultedOn,
                       Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "proposal.counterpart.recorded",
                () -> consultations.recordCounterpartConsultation(slug, id, counterpart, response, consultedOn, viewer));
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "proposal.closed", () -> consultations.closeInMeeting(slug, id, viewer));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "proposal.withdrawn", () -> consultations.withdraw(slug, id, viewer));
    }

    @PostMapping("/{id}/revise")
    String revise(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String text,
                  @RequestParam(required = false) LocalDate deadlineDate, @RequestParam(required = false) LocalTime deadlineTime,
                  Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "proposal.revised",
                () -> consultations.revise(slug, id, text, deadlineDate, deadlineTime, viewer));
    }

    private static boolean convener(Viewer viewer, String slug) {
        return viewer.has(slug, NetworkRole.CO_CHAIR) || viewer.isSecretariatOf(slug);
    }

    private String act(String slug, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
            redirect.addFlashAttribute("refusalArguments", refusal.arguments());
        }
        return "redirect:/networks/" + slug + "/decisions/" + id;
    }
}
