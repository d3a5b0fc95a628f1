package org.kenes.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action points stay linked to the meeting that decided them. The secretariat records them and "monitors the
 * implementation of decisions"; the owner organisation's focal points report progress.
 */
@Service
@Transactional
public class ActionPoints {

    private final ActionPointRepository actions;
    private final MeetingRepository meetings;
    private final Members members;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionPoints(ActionPointRepository actions, MeetingRepository meetings, Members members, NetworkConfigurations networks,
                 ApplicationEventPublisher events, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.members = members;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    LocalDate today(String networkSlug) {
        return LocalDate.now(clock.withZone(networks.of(networkSlug).timeZone()));
    }

    public UUID record(String networkSlug, UUID meetingId, NewActionPoint request, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        Meeting meeting = meetings.findByIdAndNetworkSlug(meetingId, networkSlug).orElseThrow(() -> new Meetings.MeetingNotFound(meetingId));
        meeting.requireHeld();
        ActionPoint action = actions.save(new ActionPoint(networkSlug, meetingId, request.description(), request.ownerOrganisation(),
                request.ownerPerson(), request.dueOn(), clock.instant()));
        events.publishEvent(new MeetingChanged(networkSlug, meetingId, "action-point-recorded", request.description(), Actors.current()));
        return action.view(today(networkSlug)).id();
    }

    /**
     * An action point implementing a decision of the network's register: the secretariat monitors "the
     * implementation of decisions". The decisions module has checked the decision; this module keeps its id and number.
     */
    public UUID recordForDecision(String networkSlug, UUID decisionId, String decisionNumber, NewActionPoint request, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        ActionPoint action = new ActionPoint(networkSlug, null, request.description(), request.ownerOrganisation(),
                request.ownerPerson(), request.dueOn(), clock.instant());
        action.implementing(decisionId, decisionNumber);
        actions.save(action);
        events.publishEvent(new MeetingChanged(networkSlug, action.view(today(networkSlug)).id(), "action-point-recorded",
                decisionNumber + ": " + request.description(), Actors.current()));
        return action.view(today(networkSlug)).id();
    }

    /** The action points implementing a decision, for the network's members. */
    @Transactional(readOnly = true)
    public List<ActionPointView> ofDecision(String networkSlug, UUID decisionId, Viewer viewer) {
        requireMember(networkSlug, viewer);
        LocalDate today = today(networkSlug);
        return actions.findByNetworkSlugAndDecisionIdOrderByDueOn(networkSlug, decisionId).stream().map(a -> a.view(today)).toList();
    }

    @Transactional(readOnly = true)
    public List<ActionPointView> ofMeeting(String networkSlug, UUID meetingId, Viewer viewer) {
        requireMember(networkSlug, viewer);
        // a working group's action points are for those who may see its meeting
        MeetingAccess.requireSight(viewer, meetings.findByIdAndNetworkSlug(meetingId, networkSlug)
                .orElseThrow(() -> new Meetings.MeetingNotFound(meetingId)));
        LocalDate today = today(networkSlug);
        return actions.findByMeetingIdOrderByDueOn(meetingId).stream()
                .filter(a -> a.networkSlug().equals(networkSlug)).map(a -> a.view(today)).toList();
    }

    /** The tracker across all network meetings, by status, owner and overdue. */
    @Transactional(readOnly = true)
    public Page<ActionPointView> tracker(String networkSlug, Set<ActionPointStatus> statuses, String owner, boolean overdueOnly,
                                         Viewer viewer, Pageable page) {
        requireMember(networkSlug, viewer);
        LocalDate today = today(networkSlug);
        Set<ActionPointStatus> shown = statuses == null || statuses.isEmpty()
                ? EnumSet.of(ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS) : statuses;
        boolean anyOwner = owner == null || owner.isBlank();
        // bound parameters are never null: PostgreSQL cannot type a null compared with nothing
        return actions.tracker(networkSlug, shown, anyOwner, anyOwner ? "" : owner.strip(),
                overdueOnly ? today : LocalDate.of(9999, 12, 31), page).map(a -> a.view(today));
    }

    /** One action point with its updates: for the network's members who may see the meeting that decided it. */
    @Transactional(readOnly = true)
    public ActionPointView actionPoint(String networkSlug, UUID actionId, Viewer viewer) {
        requireMember(networkSlug, viewer);
        ActionPoint action = actions.findByIdAndNetworkSlug(actionId, networkSlug).orElseThrow(() -> new ActionNotFound(actionId));
        if (action.meetingId() != null) {
            Meeting meeting = meetings.findByIdAndNetworkSlug(action.meetingId(), networkSlug)
                    .orElseThrow(() -> new Meetings.MeetingNotFound(action.meetingId()));
            MeetingAccess.requireSight(viewer, meeting);
        }
        return action.view(today(networkSlug));
    }

    /** What is still open from earlier meetings: the next meeting's matters arising. */
    @Transactional(readOnly = true)
    public List<ActionPointView> mattersArising(String networkSlug, UUID meetingId, Viewer viewer) {
        requireMember(networkSlug, viewer);
        Meeting meeting = meetings.findByIdAndNetworkSlug(meetingId, networkSlug).orElseThrow(() -> new Meetings.MeetingNotFound(meetingId));
        LocalDate today = today(networkSlug);
        return actions.openBefore(networkSlug, meeting.startsAt()).stream()
                .filter(a -> !meetingId.equals(a.meetingId())).map(a -> a.view(today)).toList();
    }

    /** Progress is reported by the owner organisation's focal points, or the secretariat. */
    public void update(String networkSlug, UUID actionId, ActionPointStatus status, String note, Viewer viewer) {
        ActionPoint action = actions.findByIdAndNetworkSlug(actionId, networkSlug).orElseThrow(() -> new ActionNotFound(actionId));
        if (!viewer.isSecretariatOf(networkSlug) && !members.organisationsOf(networkSlug, viewer).contains(action.ownerOrganisation())) {
            throw new AccessDeniedException("Progress is reported by the owner organisation or the secretariat");
        }
        action.update(status, note, viewer.username(), clock.instant());
        events.publishEvent(new MeetingChanged(networkSlug, action.meetingId() == null ? actionId : action.meetingId(), "action-point-" + status.name().toLowerCase(java.util.Locale.ROOT),
                note, Actors.current()));
    }

    private static void requireMember(String networkSlug, Viewer viewer) {
        if (!viewer.isMemberOf(networkSlug)) {
            throw new AccessDeniedException("Action points are internal to the network's members");
        }
    }

    public record NewActionPoint(@NotBlank @Size(max = 2000) String description, @NotBlank @Size(max = 40) String ownerOrganisation,
                                 @Size(max = 200) String ownerPerson, @NotNull LocalDate dueOn) {
    }

    public static class ActionNotFound extends org.kenes.shared.NotFoundException {
        ActionNotFound(UUID id) {
            super("No action point " + id);
        }
    }
}
