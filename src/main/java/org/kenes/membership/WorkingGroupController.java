package org.kenes.membership;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/networks/{slug}/working-groups")
class WorkingGroupController {

    private final WorkingGroups groups;
    private final Members members;
    private final NetworkConfigurations networks;

    WorkingGroupController(WorkingGroups groups, Members members, NetworkConfigurations networks) {
        this.groups = groups;
        this.members = members;
        this.networks = networks;
    }

    @ModelAttribute("network")
    org.kenes.network.NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @ModelAttribute("groupKinds")
    WorkingGroup.Kind[] groupKinds() {
        return WorkingGroup.Kind.values();
    }

    @ModelAttribute("memberRoles")
    List<MemberRole> memberRoles() {
        return List.of(MemberRole.MEMBER, MemberRole.EXTERNAL_PARTNER);
    }

    @GetMapping
    String list(@PathVariable String slug, Viewer viewer, Model model) {
        model.addAttribute("groups", groups.list(slug, viewer));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        return "membership/working-groups";
    }

    @GetMapping("/new")
    String newGroup(@PathVariable String slug, Viewer viewer, Model model) {
        MemberListAccess.requireSecretariat(viewer, slug);
        model.addAttribute("newGroup", new NewWorkingGroup("", "", WorkingGroup.Kind.PERMANENT, "", "", members.today(slug), null,
                List.of()));
        return "membership/new-working-group";
    }

    @PostMapping
    String establish(@PathVariable String slug, @Valid @ModelAttribute("newGroup") NewWorkingGroup form, BindingResult errors,
                     Viewer viewer, RedirectAttributes redirect) {
        MemberListAccess.requireSecretariat(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                UUID id = groups.establish(slug, form, viewer);
                redirect.addFlashAttribute("flash", "workingGroup.established");
                return "redirect:/networks/" + slug + "/working-groups/" + id;
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return "membership/new-working-group";
    }

    @GetMapping("/{id}")
    String group(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("page", groups.group(slug, id, viewer));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        if (!model.containsAttribute("newGroupMember")) {
            model.addAttribute("newGroupMember", new NewGroupMember("", MemberRole.MEMBER, Contact.empty()));
        }
        return "membership/working-group";
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("newGroupMember") NewGroupMember form,
                     BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                groups.addMember(slug, id, form, viewer);
                redirect.addFlashAttribute("flash", "workingGroup.memberAdded");
                return "redirect:/networks/" + slug + "/working-groups/" + id;
            } catch (RuleViolation refusal) {
                if (refusal.field() == null) {
                    errors.reject(refusal.messageKey(), refusal.arguments(), null);
                } else {
                    errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                }
            }
        }
        return group(slug, id, viewer, model);
    }
}
