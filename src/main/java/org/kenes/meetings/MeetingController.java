package org.kenes.meetings;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.UUID;
import net.fortuna.ical4j.model.property.Method;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

@Controller
@RequestMapping("/networks/{slug}/meetings")
class MeetingController {

    private static final int PAGE_SIZE = 20;

    private final Meetings meetings;
    private final Attendance attendance;
    private final ActionPoints actions;
    private final MeetingCalendar calendar;
    private final NetworkConfigurations networks;
    private final org.kenes.membership.WorkingGroups groups;
    private final UnctMeetings unct;

    MeetingController(Meetings meetings, Attendance attendance, ActionPoints actions, MeetingCalendar calendar,
                      NetworkConfigurations networks, org.kenes.membership.WorkingGroups groups, UnctMeetings unct) {
        this.groups = groups;
        this.unct = unct;
        this.meetings = meetings;
        this.attendance = attendance;
        this.actions = actions;
        this.calendar = calendar;
        this.networks = networks;
    }

    @ModelAttribute("network")
    org.kenes.network.NetworkConfiguration network(@PathVariable String slug) {
        return networks.of(slug);
    }

    @GetMapping
    String list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
        Page<MeetingView> visible = meetings.visible(slug, viewer, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        if (!viewer.participatesIn(slug) && visible.isEmpty()) {
            throw new AccessDeniedException("Not a participant of " + slug);
        }
        model.addAttribute("meetings", visible);
        model.addAttribute("page", visible.getNumber());
        model.addAttribute("pages", visible.getTotalPages());
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        return "meetings/list";
    }

    @GetMapping("/planner")
    String planner(@PathVariable String slug, @RequestParam(required = false) Integer year, Viewer viewer, Model model) {
        int shown = year == null ? java.time.LocalDate.now(java.time.Clock.system(networks.of(slug).timeZone())).getYear() : year;
        model.addAttribute("plan", meetings.plan(slug, shown, viewer));
        model.addAttribute("rates", attendance.rates(slug, shown, viewer));
        model.addAttribute("unct", unct.between(slug, java.time.LocalDate.of(shown, 1, 1), java.time.LocalDate.of(shown + 1, 1, 1), viewer));
        model.addAttribute("secretariat", viewer.isSecretariatOf(slug));
        if (!model.containsAttribute("newUnct")) {
            model.addAttribute("newUnct", new UnctMeetings.NewUnctMeeting(null, ""));
        }
        return "meetings/planner";
    }

    @PostMapping("/unct")
    String recordUnct(@PathVariable String slug, @Valid @ModelAttribute("newUnct") UnctMeetings.NewUnctMeeting form,
                      BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        MeetingAccess.requireSecretariat(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                unct.record(slug, form, viewer);
                redirect.addFlashAttribute("flash", "unct.recorded");
                return "redirect:/networks/" + slug + "/meetings/planner?year=" + form.heldOn().getYear();
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        model.addAttribute("unctOpen", true);
        return planner(slug, form.heldOn() == null ? null : form.heldOn().getYear(), viewer, model);
    }

    /** The planner's warnings, as a fragment the network's home page pulls in. */
    @GetMapping("/flags")
    String flags(@PathVariable String slug, Viewer viewer, Model model) {
        if (!viewer.isMemberOf(slug)) {
            return "meetings/flags :: none";
        }
        int year = java.time.LocalDate.now(java.time.Clock.system(networks.of(slug).timeZone())).getYear();
        model.addAttribute("plan", meetings.plan(slug, year, viewer));
        return "meetings/flags :: flags";
    }

    /** The form, optionally with a date and the UNCT meeting it is held with already chosen (from the planner). */
    @GetMapping("/new")
    String newMeeting(@PathVariable String slug, @RequestParam(required = false) java.time.LocalDate date,
                      @RequestParam(required = false) String unctMeeting, Viewer viewer, Model model) {
        MeetingAccess.requireSecretariat(viewer, slug);
        model.addAttribute("newMeeting", new NewMeeting(MeetingType.REGULAR, null, "", date, LocalTime.of(10, 0), 120, "", "",
                unctMeeting == null ? "" : unctMeeting));
        return planningForm(slug, viewer, model);
    }

    private String planningForm(String slug, Viewer viewer, Model model) {
        // proposing a date offers the UNCT meetings of this quarter and the next
        java.time.LocalDate today = java.time.LocalDate.now(java.time.Clock.system(networks.of(slug).timeZone()));
        java.time.LocalDate quarter = today.with(java.time.temporal.IsoFields.DAY_OF_QUARTER, 1);
        model.addAttribute("unct", unct.between(slug, quarter, quarter.plusMonths(6), viewer));
        model.addAttribute("types", MeetingType.values());
        model.addAttribute("groups", groups.list(slug, viewer)); // the form offers those not archived
        return "meetings/new";
    }

    @PostMapping
    String plan(@PathVariable String slug, @Valid @ModelAttribute("newMeeting") NewMeeting form, BindingResult errors,
                Viewer viewer, Model model, RedirectAttributes redirect) {
        MeetingAccess.requireSecretariat(viewer, slug);
        if (!errors.hasErrors()) {
            try {
                UUID id = meetings.plan(slug, form, viewer);
                redirect.addFlashAttribute("flash", "meeting.planned");
                return "redirect:/networks/" + slug + "/meetings/" + id;
            } catch (RuleViolation refusal) {
                errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return planningForm(slug, viewer, model);
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, Model model) {
        MeetingView meeting = meetings.meeting(slug, id, viewer);
        model.addAttribute("meeting", meeting);
        if (meeting.workingGroupId() == null && viewer.isMemberOf(slug)) {
            model.addAttribute("sheet", attendance.sheet(slug, id, viewer));
            if (meeting.status() == MeetingStatus.PLANNED || meeting.status() == MeetingStatus.AGENDA_CIRCULATED) {
                model.addAttribute("arising", actions.mattersArising(slug, id, viewer));
            }
        }
        boolean secretariat = viewer.isSecretariatOf(slug);
        model.addAttribute("secretariat", secretariat);
        model.addAttribute("coChair", viewer.has(slug, org.kenes.shared.NetworkRole.CO_CHAIR));
        model.addAttribute("purposes", AgendaPurpose.values());
        if (secretariat && meeting.upcoming()) {
            if (meeting.type() == MeetingType.ANNUAL_NETWORK_MEETING || meeting.type() == MeetingType.WORKING_GROUP) {
                model.addAttribute("invitable", meetings.invitable(slug, id, viewer));
            }
            if (!model.containsAttribute("reschedule")) {
                model.addAttribute("reschedule", new Reschedule(meeting.startsAt().toLocalDate(),
                        meeting.startsAt().toLocalTime(), meeting.durationMinutes()));
            }
        }
        if (!model.containsAttribute("newItem")) {
            model.addAttribute("newItem", new NewAgendaItem("", AgendaPurpose.DISCUSSION, "", 20));
        }
        return "meetings/meeting";
    }

    @PostMapping("/{id}/agenda")
    String addItem(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("newItem") NewAgendaItem form,
                   BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                meetings.addAgendaItem(slug, id, form, viewer);
                return "redirect:/networks/" + slug + "/meetings/" + id;
            } catch (RuleViolation refusal) {
                errors.reject(refusal.messageKey(), refusal.arguments(), null);
            }
        }
        return meeting(slug, id, viewer, model);
    }

    @PostMapping("/{id}/invitees")
    String invite(@PathVariable String slug, @PathVariable UUID id, @RequestParam UUID organisation, Viewer viewer,
                  RedirectAttributes redirect) {
        return act(slug, id, redirect, "meeting.invitees.invited", () -> meetings.invite(slug, id, organisation, viewer));
    }

    @PostMapping("/{id}/invitees/{organisation}/withdraw")
    String withdrawInvitation(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID organisation,
                              Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "meeting.invitees.withdrawn",
                () -> meetings.withdrawInvitation(slug, id, organisation, viewer));
    }

    @PostMapping("/{id}/reschedule")
    String reschedule(@PathVariable String slug, @PathVariable UUID id, @Valid @ModelAttribute("reschedule") Reschedule form,
                      BindingResult errors, Viewer viewer, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                meetings.reschedule(slug, id, form, viewer);
                redirect.addFlashAttribute("flash", "meeting.rescheduled");
                return "redirect:/networks/" + slug + "/meetings/" + id;
            } catch (RuleViolation refusal) {
                if (refusal.field() == null) {
                    errors.reject(refusal.messageKey(), refusal.arguments(), null);
                } else {
                    errors.rejectValue(refusal.field(), refusal.messageKey(), refusal.arguments(), null);
                }
            }
        }
        model.addAttribute("rescheduleOpen", true);
        return meeting(slug, id, viewer, model);
    }

    @PostMapping("/{id}/agenda/clear")
    String clear(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "meeting.agenda.clearedNotice", () -> meetings.clearAgenda(slug, id, viewer));
    }

    @PostMapping("/{id}/agenda/circulate")
    String circulate(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "meeting.agenda.circulatedNotice", () -> meetings.circulateAgenda(slug, id, viewer));
    }

    @PostMapping("/{id}/held")
    String held(@PathVariable String slug, @PathVariable UUID id, Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "meeting.heldNotice", () -> meetings.markHeld(slug, id, viewer));
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String reason, Viewer viewer,
                  RedirectAttributes redirect) {
        return act(slug, id, redirect, "meeting.cancelledNotice", () -> meetings.cancel(slug, id, reason, viewer));
    }

    @PostMapping("/{id}/representation")
    String announce(@PathVariable String slug, @PathVariable UUID id, @RequestParam String organisation,
                    @RequestParam Representation.Intention intention, @RequestParam(required = false) String representative,
                    Viewer viewer, RedirectAttributes redirect) {
        return act(slug, id, redirect, "representation.announced",
                () -> attendance.announce(slug, id, organisation, intention, representative, viewer));
    }

    @PostMapping("/{id}/attendance")
    String recordAttendance(@PathVariable String slug, @PathVariable UUID id,
                            @RequestParam(name = "attended", required = false) java.util.Set<String> attended,
                            @RequestParam java.util.Map<String, String> form, Viewer viewer, RedirectAttributes redirect) {
        // "attendedBy_IOM" = the person who represented IOM
        java.util.Map<String, String> attendedBy = new java.util.HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("attendedBy_")) {
                attendedBy.put(name.substring("attendedBy_".length()), value);
            }
        });
        return act(slug, id, redirect, "representation.recorded",
                () -> attendance.record(slug, id, attended == null ? java.util.Set.of() : attended, attendedBy, viewer));
    }

    @GetMapping("/{id}.ics")
    ResponseEntity<byte[]> ics(@PathVariable String slug, @PathVariable UUID id, Viewer viewer) {
        MeetingView meeting = meetings.meeting(slug, id, viewer);
        byte[] body = calendar.ics(meeting, new Method(Method.VALUE_PUBLISH)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("meeting-" + id + ".ics").build().toString())
                .body(body);
    }

    private String act(String slug, UUID id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (RuleViolation refusal) {
            redirect.addFlashAttribute("refusal", refusal.messageKey());
        }
        return "redirect:/networks/" + slug + "/meetings/" + id;
    }
}
