package org.kenes.statements;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.kenes.decisions.Procedure;
import org.kenes.membership.WorkingGroups;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.NotFoundException;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

/** The statements of a network for its members: the list and register, drafting, versions, endorsement, sign-off, delivery. */
@Controller
@RequestMapping("/networks/{slug}/statements")
class StatementController {

    private static final int PAGE_SIZE = 20;

    private final Statements statements;
    private final WorkingGroups groups;
    private final NetworkConfigurations networks;
    private final StatementPdf pdf;
    private final java.time.Clock clock;

    StatementController(Statements statements, WorkingGroups groups, NetworkConfigurations networks, StatementPdf pdf,
                        java.time.Clock clock) {
        this.statements = statements;
        this.groups = groups;
        this.networks = networks;
        this.pdf = pdf;
        this.clock = clock;
    }

    @ModelAttribute("network")
    NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    /** Every statement this person may see, latest change first. */
    @GetMapping
    String list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        return list(slug, page, false, viewer, model);
    }

    /** The register: what the network said, when, in which languages. */
    @GetMapping("/register")
    String register(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        return list(slug, page, true, viewer, model);
    }

    private String list(String slug, int page, boolean delivered, Viewer viewer, Model model) {
        Page<StatementSummary> visible = statements.visible(slug, viewer, delivered, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("statements", visible);
        model.addAttribute("delivered", delivered);
        model.addAttribute("page", visible.getNumber());
        model.addAttribute("pages", visible.getTotalPages());
        model.addAttribute("convener", StatementAccess.convener(viewer, slug));
        return "statements/list";
    }

    @GetMapping("/new")
    String newStatement(@PathVariable String slug, Viewer viewer, Model model) {
        StatementAccess.requireConvener(viewer, slug);
        List<LanguageText> empty = networks.of(slug).languages().stream().map(l -> new LanguageText(l, "", "")).toList();
        model.addAttribute("draft", new StatementDraft(null, empty, ""));
        return draftForm(slug, null, viewer, model);
    }

    @PostMapping
    String create(@PathVariable String slug, @Valid @ModelAttribute("draft") StatementDraft form, BindingResult errors,
                  Viewer viewer, Model model, RedirectAttributes redirect) {
        StatementAccess.requireConvener(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                UUID id = statements.create(slug, form, viewer);
                redirect.addFlashAttribute("flash", "statement.drafted");
                return "redirect:/networks/" + slug + "/statements/" + id;
            } catch (RuleViolation refusal) {
                reject(errors, refusal);
            }
        }
        return draftForm(slug, null, viewer, model);
    }

    @GetMapping("/{id}/versions/new")
    String newVersion(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        StatementView statement = statements.statement(slug, id, viewer);
        StatementAccess.requireConvener(viewer, slug);
        // the current texts to start from, and an empty one for a language the network has added since
        List<LanguageText> texts = new ArrayList<>();
        for (String language : networks.of(slug).languages()) {
            LanguageText current = statement.current().text(language);
            texts.add(current == null ? new LanguageText(language, "", "") : current);
        }
        model.addAttribute("draft", new StatementDraft(null, texts, ""));
        return draftForm(slug, statement, viewer, model);
    }

    @PostMapping("/{id}/versions")
    String addVersion(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("draft") StatementDraft form,
                      BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        StatementView statement = statements.statement(slug, id, viewer);
        StatementAccess.requireConvener(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                int number = statements.newVersion(slug, id, form, viewer);
                redirect.addFlashAttribute("flash", "statement.version.saved");
                return "redirect:/networks/" + slug + "/statements/" + id + "/versions/" + number;
            } catch (RuleViolation refusal) {
                reject(errors, refusal);
            }
        }
        return draftForm(slug, statement, viewer, model);
    }

    private String draftForm(String slug, StatementView statement, Viewer viewer, Model model) {
        model.addAttribute("statement", statement);
        // the form offers the groups not archived
        model.addAttribute("groups", statement == null ? groups.list(slug, viewer) : List.of());
        return "statements/draft";
    }

    @GetMapping("/{id}")
    String statement(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        return page(slug, id, viewer, model);
    }

    @GetMapping("/{id}/versions/{number}")
    String version(@PathVariable String slug, @PathVariable UUID id, @PathVariable int number,
                   @RequestParam(required = false) Integer against, Viewer viewer, Model model) {
        model.addAttribute("statement", statements.statement(slug, id, viewer));
        model.addAttribute("comparison", statements.compare(slug, id, number, against, viewer));
        return "statements/version";
    }

    @PostMapping("/{id}/endorsement")
    String submit(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("endorsement") EndorsementRequest form,
                  BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                statements.submitForEndorsement(slug, id, form, viewer);
                redirect.addFlashAttribute("flash", "statement.endorsement.opened");
                return "redirect:/networks/" + slug + "/statements/" + id;
            } catch (RuleViolation refusal) {
                reject(errors, refusal);
            }
        }
        return page(slug, id, viewer, model);
    }

    @PostMapping("/{id}/endorsement/withdraw")
    String withdraw(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "statement.endorsement.withdrawn", () -> statements.withdrawEndorsement(slug, id, viewer));
    }

    @PostMapping("/{id}/level")
    String level(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) InformationLevel level,
                 Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "statement.level.changed", () -> statements.changeLevel(slug, id, level, viewer));
    }

    @PostMapping("/{id}/sign-offs")
    String signOff(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String position,
                   Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "statement.signOff.recorded", () -> statements.signOff(slug, id, position, viewer));
    }

    @PostMapping("/{id}/delivery")
    String deliver(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("delivery") Delivery form,
                   BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                statements.deliver(slug, id, form, viewer);
                redirect.addFlashAttribute("flash", "statement.delivered");
                return "redirect:/networks/" + slug + "/statements/" + id;
            } catch (RuleViolation refusal) {
                reject(errors, refusal);
            }
        }
        return page(slug, id, viewer, model);
    }

    /** The statement as a PDF, for whoever may read it; a draft is marked as such. */
    @GetMapping("/{id}.pdf")
    ResponseEntity<byte[]> print(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Locale locale) {
        return pdf.response(statements.statement(slug, id, viewer), locale);
    }

    private String page(String slug, UUID id, Viewer viewer, Model model) {
        StatementView statement = statements.statement(slug, id, viewer);
        NetworkConfiguration network = networks.of(slug);
        LocalDate today = LocalDate.now(clock.withZone(network.timeZone()));
        Set<String> held = statements.positionsHeldBy(slug, viewer);
        model.addAttribute("statement", statement);
        model.addAttribute("inBody", StatementAccess.inBody(viewer, slug, statement.workingGroupId()));
        model.addAttribute("convener", StatementAccess.convener(viewer, slug));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        // the co-chair's own positions still to sign
        model.addAttribute("ownPositions", statement.coChairs().stream()
                .filter(c -> held.contains(c.positionCode()) && !c.signed()).toList());
        model.addAttribute("openPositions", statement.coChairs().stream().filter(c -> !c.signed()).toList());
        model.addAttribute("group", group(slug, statement.workingGroupId(), viewer));
        model.addAttribute("procedures", Procedure.values());
        model.addAttribute("levels", List.of(InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.PUBLIC));
        if (!model.containsAttribute("endorsement")) {
            model.addAttribute("endorsement", new EndorsementRequest(Procedure.SILENCE_PROCEDURE, today.plusDays(7), LocalTime.of(18, 0), false));
        }
        if (!model.containsAttribute("delivery")) {
            model.addAttribute("delivery", new Delivery(today, ""));
        }
        return "statements/statement";
    }

    /** The statement's working group, for those who may see the group (a public reader may not). */
    private Object group(String slug, UUID groupId, Viewer viewer) {
        if (groupId == null) {
            return null;
        }
        try {
            return groups.group(slug, groupId, viewer).group();
        } catch (AccessDeniedException | NotFoundException hidden) {
            return null;
        }
    }

    private static void reject(BindingResult errors, RuleViolation refusal) {
        if (refusal.field() != null) {
            errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
        } else {
            errors.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }

    private String act(String slug, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
            redirect.addFlashAttribute("refusalArguments", refusal.arguments());
        }
        return "redirect:/networks/" + slug + "/statements/" + id;
    }
}
