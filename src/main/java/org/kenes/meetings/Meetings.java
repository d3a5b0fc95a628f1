package org.kenes.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kenes.network.NetworkConfiguration;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The meetings of a network and its working groups. */
@Service
@Transactional
public class Meetings {

    /** Stands in for "none" in the visibility query, which needs non-empty lists. */
    private static final UUID NONE = new UUID(0, 0);

    private final MeetingRepository meetings;
    private final org.kenes.membership.WorkingGroups groups;
    private final org.kenes.membership.Members members;
    private final org.kenes.membership.Stakeholders stakeholders;
    private final MeetingCalendar calendar;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Meetings(MeetingRepository meetings, org.kenes.membership.WorkingGroups groups, org.kenes.membership.Members members,
             org.kenes.membership.Stakeholders stakeholders, MeetingCalendar calendar, NetworkConfigurations networks,
             ApplicationEventPublisher events, Clock clock) {
        this.meetings = meetings;
        this.groups = groups;
        this.members = members;
        this.stakeholders = stakeholders;
        this.calendar = calendar;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    /**
     * For the notification job, which acts for no person: the meeting and its calendar invitation
     * (iCalendar REQUEST, or CANCEL for a cancelled meeting).
     */
    @Transactional(readOnly = true)
    public Invitation invitation(String networkSlug, UUID id) {
        MeetingView view = find(networkSlug, id).view();
        var method = new net.fortuna.ical4j.model.property.Method(view.status() == MeetingStatus.CANCELLED
                ? net.fortuna.ical4j.model.property.Method.VALUE_CANCEL : net.fortuna.ical4j.model.property.Method.VALUE_REQUEST);
        return new Invitation(view, calendar.ics(view, method));
    }

    /** For the notification job: the calendar text that takes the meeting out of a withdrawn invitee's calendar. */
    @Transactional(readOnly = true)
    public Invitation withdrawal(String networkSlug, UUID id) {
        MeetingView view = find(networkSlug, id).view();
        return new Invitation(view, calendar.ics(view, new net.fortuna.ical4j.model.property.Method(
                net.fortuna.ical4j.model.property.Method.VALUE_CANCEL)));
    }

    /** A meeting with the calendar text that invites people to it. */
    public record Invitation(MeetingView meeting, String calendar) {
    }

    @Transactional(readOnly = true)
    public Page<MeetingView> visible(String networkSlug, Viewer viewer, Pageable page) {
        return meetings.visible(networkSlug, viewer.isMemberOf(networkSlug), viewer.isSecretariatOf(networkSlug),
                nonEmpty(viewer.workingGroups()), nonEmpty(viewer.organisationsIn(networkSlug)), page).map(Meeting::view);
    }

    @Transactional(readOnly = true)
    public MeetingView meeting(String networkSlug, UUID id, Viewer viewer) {
        Meeting meeting = find(networkSlug, id);
        MeetingAccess.requireSight(viewer, meeting);
        return meeting.view();
    }

    public UUID plan(String networkSlug, NewMeeting request, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        if (request.workingGroupId() != null) {
            groups.group(networkSlug, request.workingGroupId(), viewer); // refuses a group of another network
        }
        return plan(networkSlug, request, Actors.current()).id();
    }

    Meeting plan(String networkSlug, NewMeeting request, String actor) {
        ZoneId zone = networks.of(networkSlug).timeZone();
        Instant start = ZonedDateTime.of(request.date(), request.time(), zone).toInstant();
        Meeting meeting = meetings.save(new Meeting(networkSlug, request.workingGroupId(), request.type(), request.title(), start,
                zone, request.durationMinutes(), request.place(), request.onlineLink(), request.unctMeeting()));
        events.publishEvent(new MeetingChanged(networkSlug, meeting.id(), "created", request.title(), actor));
        return meeting;
    }

    public void addAgendaItem(String networkSlug, UUID id, NewAgendaItem item, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = find(networkSlug, id);
        meeting.addAgendaItem(item.title(), item.purpose(), item.presenter(), item.durationMinutes());
        events.publishEvent(new MeetingChanged(networkSlug, id, "agenda-item-added", item.title(), Actors.current()));
    }

    /**
     * Whom the secretariat may invite: the network's organisations that are not already part of the body (for the
     * annual meeting its external partners and observers; for a working group anyone of the network outside the
     * group) and the stakeholders of the register.
     */
    @Transactional(readOnly = true)
    public List<Invitee> invitable(String networkSlug, UUID id, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = find(networkSlug, id);
        java.time.LocalDate today = java.time.LocalDate.now(clock.withZone(networks.of(networkSlug).timeZone()));
        Set<UUID> excluded = new java.util.HashSet<>(meeting.invitedOrganisations());
        if (meeting.workingGroupId() != null) {
            groups.group(networkSlug, meeting.workingGroupId(), viewer).members().forEach(m -> excluded.add(m.organisationId()));
        }
        List<Invitee> candidates = new ArrayList<>();
        for (var entry : members.list(networkSlug, today, viewer)) {
            boolean partOfBody = meeting.workingGroupId() == null && entry.role().isMember();
            if (!partOfBody && excluded.add(entry.organisationId())) {
                candidates.add(new Invitee(entry.organisationId(), entry.acronym(), entry.nameEn(), entry.nameRu(), null, null));
            }
        }
        for (var stakeholder : stakeholders.register(networkSlug, viewer)) {
            if (excluded.add(stakeholder.organisationId())) {
                candidates.add(new Invitee(stakeholder.organisationId(), stakeholder.acronym(), stakeholder.nameEn(),
                        stakeholder.nameRu(), stakeholder.contactName(), stakeholder.contactEmail()));
            }
        }
        candidates.sort(java.util.Comparator.comparing(Invitee::acronym));
        return candidates;
    }

    /** Invites an organisation; if the agenda is out already, the invitation goes to the newcomer too. */
    public void invite(String networkSlug, UUID id, UUID organisationId, Viewer viewer) {
        Invitee invitee = invitable(networkSlug, id, viewer).stream().filter(i -> i.organisationId().equals(organisationId))
                .findFirst().orElseThrow(() -> new RuleViolation("meeting.invitees.unknown", "organisation"));
        Meeting meeting = find(networkSlug, id);
        meeting.invite(invitee);
        events.publishEvent(new MeetingChanged(networkSlug, id, "invited", invitee.acronym(), Actors.current()));
        if (meeting.status() == MeetingStatus.AGENDA_CIRCULATED) {
            events.publishEvent(new AgendaCirculated(networkSlug, id, meeting.view().calendarSequence(), false));
        }
    }

    public void withdrawInvitation(String networkSlug, UUID id, UUID organisationId, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = find(networkSlug, id);
        Invitee withdrawn = meeting.view().invitees().stream().filter(i -> i.organisationId().equals(organisationId)).findFirst()
                .orElse(null);
        meeting.withdrawInvitation(organisationId);
        if (withdrawn != null && meeting.status() == MeetingStatus.AGENDA_CIRCULATED) {
            // the organisation received the invitation: its calendar entry is taken back
            events.publishEvent(new InvitationWithdrawn(networkSlug, id, organisationId, withdrawn.contactEmail()));
        }
        events.publishEvent(new MeetingChanged(networkSlug, id, "invitation-withdrawn", organisationId.toString(),
                Actors.current()));
    }

    /** A new date or time; whoever received the agenda gets an update of the same calendar event. */
    public void reschedule(String networkSlug, UUID id, Reschedule request, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = find(networkSlug, id);
        ZoneId zone = ZoneId.of(meeting.timeZone());
        meeting.reschedule(ZonedDateTime.of(request.date(), request.time(), zone).toInstant(), request.durationMinutes());
        events.publishEvent(new MeetingChanged(networkSlug, id, "rescheduled", request.date() + " " + request.time(),
                Actors.current()));
        if (meeting.status() == MeetingStatus.AGENDA_CIRCULATED) {
            events.publishEvent(new AgendaCirculated(networkSlug, id, meeting.view().calendarSequence(), true));
        }
    }

    public void clearAgenda(String networkSlug, UUID id, Viewer viewer) {
        MeetingAccess.requireCoChair(viewer, networkSlug);
        find(networkSlug, id).clearAgenda(viewer.username());
        events.publishEvent(new MeetingChanged(networkSlug, id, "agenda-cleared", null, Actors.current()));
    }

    public void circulateAgenda(String networkSlug, UUID id, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = find(networkSlug, id);
        meeting.circulateAgenda();
        events.publishEvent(new MeetingChanged(networkSlug, id, "agenda-circulated", null, Actors.current()));
        events.publishEvent(new AgendaCirculated(networkSlug, id, meeting.view().calendarSequence(), false));
    }

    public void markHeld(String networkSlug, UUID id, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        find(networkSlug, id).markHeld(clock.instant());
        events.publishEvent(new MeetingChanged(networkSlug, id, "held", null, Actors.current()));
    }

    public void cancel(String networkSlug, UUID id, String reason, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = find(networkSlug, id);
        boolean wasCirculated = meeting.status() == MeetingStatus.AGENDA_CIRCULATED;
        meeting.cancel(reason);
        events.publishEvent(new MeetingChanged(networkSlug, id, "cancelled", reason, Actors.current()));
        if (wasCirculated) {
            // only those who received the invitation need its cancellation
            events.publishEvent(new AgendaCirculated(networkSlug, id, meeting.view().calendarSequence(), false));
        }
    }

    /** The year of a network in quarters: its regular meetings, and its Annual Network Meeting. */
    @Transactional(readOnly = true)
    public QuarterlyPlan plan(String networkSlug, int year, Viewer viewer) {
        if (!viewer.isMemberOf(networkSlug)) {
            throw new org.springframework.security.access.AccessDeniedException("The planner is for the network's members");
        }
        NetworkConfiguration network = networks.of(networkSlug);
        ZoneId zone = network.timeZone();
        Instant from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone).toInstant();
        Instant to = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, zone).toInstant();
        List<MeetingView> ofYear = meetings.networkMeetingsBetween(networkSlug, from, to).stream().map(Meeting::view).toList();
        List<QuarterlyPlan.Quarter> quarters = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            int quarter = q;
            List<MeetingView> inQuarter = ofYear.stream()
                    .filter(m -> (m.startsAt().getMonthValue() - 1) / 3 + 1 == quarter)
                    .filter(m -> m.status() != MeetingStatus.CANCELLED)
                    .filter(m -> m.type() == MeetingType.REGULAR || m.type() == MeetingType.EXTRAORDINARY)
                    .toList();
            quarters.add(new QuarterlyPlan.Quarter(quarter, inQuarter));
        }
        List<MeetingView> annual = ofYear.stream().filter(m -> m.type() == MeetingType.ANNUAL_NETWORK_MEETING)
                .filter(m -> m.status() != MeetingStatus.CANCELLED).toList();
        return new QuarterlyPlan(year, quarters, annual, network.meetings().annualNetworkMeeting(),
                ZonedDateTime.now(clock.withZone(zone)));
    }

    private static Set<UUID> nonEmpty(Set<UUID> ids) {
        return ids.isEmpty() ? Set.of(NONE) : ids;
    }

    private Meeting find(String networkSlug, UUID id) {
        return meetings.findByIdAndNetworkSlug(id, networkSlug).orElseThrow(() -> new MeetingNotFound(id));
    }

    public static class MeetingNotFound extends org.kenes.shared.NotFoundException {
        MeetingNotFound(UUID id) {
            super("No meeting " + id + " in this network");
        }
    }
}
