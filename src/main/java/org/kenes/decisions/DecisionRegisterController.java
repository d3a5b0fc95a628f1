package org.kenes.decisions;

import java.time.LocalDate;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of decisions and each decision's page, where the secretariat follows its implementation. */
@Controller
@RequestMapping("/networks/{slug}/decisions")
class DecisionRegisterController {

    private static final int PAGE_SIZE = 25;

    private final Decisions decisions;
    private final RegisterExports exports;
    private final NetworkConfigurations networks;

    DecisionRegisterController(Decisions decisions, RegisterExports exports, NetworkConfigurations networks) {
        this.decisions = decisions;
        this.exports = exports;
        this.networks = networks;
    }

    @GetMapping("/register.pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable String slug, @RequestParam(defaultValue = "0") int year,
                                                         Viewer viewer, java.util.Locale locale) {
        byte[] body = exports.pdf(networks.of(slug), year, decisions.export(slug, year, viewer), locale);
        return download(body, org.springframework.http.MediaType.APPLICATION_PDF, "decisions-" + slug + (year == 0 ? "" : "-" + year) + ".pdf");
    }

    @GetMapping("/register.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable String slug, @RequestParam(defaultValue = "0") int year,
                                                          Viewer viewer, java.util.Locale locale) {
        byte[] body = exports.xlsx(networks.of(slug), year, decisions.export(slug, year, viewer), locale);
        return download(body, org.springframework.http.MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "decisions-" + slug + (year == 0 ? "" : "-" + year) + ".xlsx");
    }

    private static org.springframework.http.ResponseEntity<byte[]> download(byte[] body, org.springframework.http.MediaType type,
                                                                           String filename) {
        return org.springframework.http.ResponseEntity.ok().contentType(type)
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }

    @ModelAttribute("network")
    org.kenes.network.NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @GetMapping("/register")
    String register(@PathVariable String slug, @RequestParam(defaultValue = "0") int year, @RequestParam(defaultValue = "0") int page,
                    Viewer viewer, Model model) {
        Page<DecisionView> found = decisions.register(slug, year, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("decisions", found);
        model.addAttribute("year", year);
        model.addAttribute("page", found.getNumber());
        model.addAttribute("pages", found.getTotalPages());
        return "decisions/register";
    }

    @GetMapping("/register/{number}")
    String decision(@PathVariable String slug, @PathVariable String number, Viewer viewer, Model model) {
        model.addAttribute("decision", decisions.decision(slug, number, viewer));
        model.addAttribute("actions", decisions.actionPoints(slug, number, viewer));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        model.addAttribute("statuses", Decision.Implementation.values());
        return "decisions/decision";
    }

    @PostMapping("/register/{number}/action-points")
    String actionPoint(@PathVariable String slug, @PathVariable String number, @RequestParam(required = false) String description,
                       @RequestParam(required = false) String ownerOrganisation, @RequestParam(required = false) String ownerPerson,
                       @RequestParam(required = false) LocalDate dueOn, Viewer viewer, RedirectAttributes redirect) {
        try {
            if (description == null || description.isBlank() || ownerOrganisation == null || ownerOrganisation.isBlank() || dueOn == null) {
                throw new RuleViolation("decision.actionPoint.incomplete", null);
            }
            decisions.recordActionPoint(slug, number, new org.kenes.meetings.ActionPoints.NewActionPoint(description, ownerOrganisation,
                    ownerPerson, dueOn), viewer);
            redirect.addFlashAttribute("flash", "decision.actionPoint.recorded");
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/decisions/register/" + number;
    }

    @PostMapping("/register/{number}/implementation")
    String implementation(@PathVariable String slug, @PathVariable String number, @RequestParam(required = false) Decision.Implementation status,
                          @RequestParam(required = false) LocalDate due, @RequestParam(required = false) String note,
                          @RequestParam long version, Viewer viewer, RedirectAttributes redirect) {
        try {
            decisions.implementation(slug, number, status, due, note, version, viewer);
            redirect.addFlashAttribute("flash", "decision.implementation.saved");
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/decisions/register/" + number;
    }
}
