package org.kenes.library;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The library's pages: the list, sharing an item, an item with its files, and downloads. */
@Controller
@RequestMapping("/networks/{slug}/library")
class LibraryController {

    private static final int PAGE_SIZE = 20;

    private final Library library;
    private final Members members;
    private final NetworkConfigurations networks;

    LibraryController(Library library, Members members, NetworkConfigurations networks) {
        this.library = library;
        this.members = members;
        this.networks = networks;
    }

    @ModelAttribute("network")
    org.kenes.network.NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(required = false) ItemKind kind, @RequestParam(defaultValue = "0") int page,
                Viewer viewer, Model model) {
        Page<LibraryItemView> shown = library.visible(slug, kind, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("items", shown);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("page", shown.getNumber());
        model.addAttribute("pages", shown.getTotalPages());
        model.addAttribute("contributor", viewer.isMemberOf(slug));
        return "library/list";
    }

    /**
     * The form. Opened from a meeting's or a proposal's page ("Add a paper"), it shares a paper for it: the meeting
     * (and agenda item) or proposal, and the working group whose it is, come along as hidden fields.
     */
    @GetMapping("/new")
    String newItem(@PathVariable String slug, @RequestParam(required = false) UUID meeting,
                   @RequestParam(required = false) UUID agendaItem, @RequestParam(required = false) UUID proposal,
                   @RequestParam(required = false) UUID group, Viewer viewer, Model model) {
        if (!mayShare(slug, group, viewer)) {
            throw new org.springframework.security.access.AccessDeniedException("The library is fed by the network's members");
        }
        java.util.List<String> own = members.organisationsOf(slug, viewer);
        boolean paper = meeting != null || proposal != null;
        model.addAttribute("newItem", new NewItem(ItemForm.DOCUMENT, paper ? ItemKind.MEETING_PAPER : ItemKind.REPORT, "", "", "",
                own.isEmpty() ? "" : own.getFirst(), LocalDate.now(networks.of(slug).timeZone()), "", "", group,
                meeting, meeting == null ? null : agendaItem, proposal));
        return form(slug, viewer, model);
    }

    /**
     * The papers for a meeting ({@code meeting}) or a proposal ({@code proposal}) this person may see, as a fragment
     * the meeting's or proposal's page pulls in, or as a page of its own. {@code items}, the meeting's agenda items in
     * their order, lets a paper say which item it is for; {@code group}, the working group whose meeting or proposal it
     * is, goes to the form of a new paper.
     */
    @GetMapping("/papers")
    String papers(@PathVariable String slug, @RequestParam(required = false) UUID meeting,
                  @RequestParam(required = false) UUID proposal, @RequestParam(required = false) UUID group,
                  @RequestParam(required = false) java.util.List<UUID> items,
                  @RequestHeader(name = "HX-Request", required = false) String htmx, Viewer viewer, Model model) {
        if ((meeting == null) == (proposal == null)) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "Papers are listed for a meeting or for a proposal");
        }
        if (!viewer.participatesIn(slug)) {
            return htmx != null ? "library/papers :: none" : "redirect:/networks/" + slug + "/library";
        }
        model.addAttribute("papers", library.papers(slug, meeting, proposal, viewer));
        model.addAttribute("meetingId", meeting);
        model.addAttribute("proposalId", proposal);
        model.addAttribute("groupId", group);
        model.addAttribute("agendaItems", items == null ? java.util.List.of() : items);
        model.addAttribute("contributor", mayShare(slug, group, viewer));
        model.addAttribute("newPaper", "/networks/" + slug + "/library/new?" + (meeting != null ? "meeting=" + meeting : "proposal=" + proposal)
                + (group == null ? "" : "&group=" + group));
        return htmx != null ? "library/papers :: papers" : "library/papers";
    }

    /** Members feed the library; a working group's participants feed the group's part of it. */
    private static boolean mayShare(String slug, UUID group, Viewer viewer) {
        return group == null ? viewer.isMemberOf(slug) : viewer.inWorkingGroup(group) || viewer.isSecretariatOf(slug);
    }

    @PostMapping
    String share(@PathVariable String slug, @Valid @ModelAttribute("newItem") NewItem form, BindingResult errors,
                 @RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model,
                 RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                UUID id = library.share(slug, form, FileResponses.upload(file), viewer);
                redirect.addFlashAttribute("flash", "library.item.shared");
                return "redirect:/networks/" + slug + "/library/" + id;
            } catch (RuleViolation refusal) {
                if ("file".equals(refusal.field())) {
                    model.addAttribute("fileError", refusal);
                } else if (refusal.field() == null) {
                    errors.reject(refusal.messageKey(), refusal.arguments(), null);
                } else {
                    errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                }
            }
        }
        return form(slug, viewer, model);
    }

    private String form(String slug, Viewer viewer, Model model) {
        model.addAttribute("forms", ItemForm.values());
        model.addAttribute("kinds", ItemKind.shared());
        model.addAttribute("organisations", viewer.isSecretariatOf(slug)
                ? members.list(slug, null, viewer).stream().map(org.kenes.membership.MemberListEntry::acronym).toList()
                : members.organisationsOf(slug, viewer));
        return "library/new";
    }

    @GetMapping("/{id}")
    String item(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        LibraryItemView item = library.item(slug, id, viewer);
        boolean own = item.networkSlug().equals(slug);
        model.addAttribute("item", item);
        model.addAttribute("own", own);
        model.addAttribute("secretariat", own && viewer.isSecretariatOf(slug));
        model.addAttribute("coChair", own && viewer.has(slug, NetworkRole.CO_CHAIR));
        java.util.List<ShareView> shares = library.shares(slug, id, viewer);
        model.addAttribute("shares", shares);
        model.addAttribute("otherNetworks", networks.all().stream()
                .filter(n -> !n.slug().equals(slug) && shares.stream().noneMatch(s -> s.network().equals(n.slug()))).toList());
        model.addAttribute("levels", item.workingGroupId() == null
                ? java.util.List.of(InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.PUBLIC)
                : java.util.List.of(InformationLevel.WORKING_GROUP, InformationLevel.INTERNAL, InformationLevel.PARTNERS, InformationLevel.PUBLIC));
        model.addAttribute("mayAddVersion", own && item.form() == ItemForm.DOCUMENT
                && (viewer.isSecretariatOf(slug) || item.createdBy().equals(viewer.username())));
        return "library/item";
    }

    @PostMapping("/{id}/files")
    String addVersion(@PathVariable String slug, @PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file,
                      Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "library.file.added", () -> library.addVersion(slug, id, FileResponses.upload(file), viewer));
    }

    @PostMapping("/{id}/approval")
    String approve(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "library.level.approved", () -> library.approvePublication(slug, id, viewer));
    }

    @PostMapping("/{id}/level")
    String level(@PathVariable String slug, @PathVariable UUID id, @RequestParam InformationLevel level,
                 @RequestParam(required = false) String decisionNumber, @RequestParam long version, Viewer viewer,
                 RedirectAttributes redirect) {
        return act(slug, id, redirect, "library.level.set", () -> library.level(slug, id, level, decisionNumber, version, viewer));
    }

    @PostMapping("/{id}/shares")
    String offer(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String network,
                 @RequestParam(required = false) String decisionNumber, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "library.share.offered", () -> library.offer(slug, id, network, decisionNumber, viewer));
    }

    @PostMapping("/{id}/shares/{network}/agreement")
    String agreeSharing(@PathVariable String slug, @PathVariable UUID id, @PathVariable String network, Viewer viewer,
                        RedirectAttributes redirect) {
        return act(slug, id, redirect, "library.share.agreed", () -> library.agreeSharing(slug, id, network, viewer));
    }

    @PostMapping("/{id}/shares/{network}/withdrawal")
    String withdrawSharing(@PathVariable String slug, @PathVariable UUID id, @PathVariable String network, Viewer viewer,
                           RedirectAttributes redirect) {
        return act(slug, id, redirect, "library.share.withdrawn", () -> library.withdrawSharing(slug, id, network, viewer));
    }

    /** The file, for whoever may see the item at this moment; never cached, never behind a link that works alone. */
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> download(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID fileId,
                                                 Viewer viewer) {
        Library.Download download = library.download(slug, id, fileId, viewer);
        return FileResponses.attachment(library, download, CacheControl.noStore());
    }


    private String act(String slug, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
            redirect.addFlashAttribute("refusalArguments", refusal.arguments());
        } catch (org.springframework.dao.OptimisticLockingFailureException | org.springframework.dao.DataIntegrityViolationException e) {
            // two people changed the item at once: this change was not saved, and the page shows the other one
            redirect.addFlashAttribute("refusal", "library.item.stale");
            redirect.addFlashAttribute("refusalArguments", new Object[0]);
        }
        return "redirect:/networks/" + slug + "/library/" + id;
    }
}
