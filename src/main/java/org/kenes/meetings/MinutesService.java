package org.kenes.meetings;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.kenes.shared.Actors;
import org.kenes.shared.InformationLevel;
import org.kenes.shared.RecordFiled;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes are internal by default: the network's members read them (for a working-group meeting, the group);
 * the secretariat writes them, a co-chair clears them, the secretariat disseminates them.
 */
@Service
@Transactional
public class MinutesService {

    private final MinutesRepository minutes;
    private final MeetingRepository meetings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MinutesService(MinutesRepository minutes, MeetingRepository meetings, ApplicationEventPublisher events, Clock clock) {
        this.minutes = minutes;
        this.meetings = meetings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Minutes.View read(String networkSlug, UUID meetingId, Viewer viewer) {
        Meeting meeting = readable(networkSlug, meetingId, viewer);
        return minutes.findById(meeting.id()).map(Minutes::view)
                .orElseGet(() -> new Minutes.View(meetingId, Minutes.Status.DRAFT.name(), null, Map.of(), Minutes.NONE_YET));
    }

    /**
     * Saves the secretariat's draft. When someone else saved in between, nothing is overwritten: a conflict comes
     * back with the other person's texts, and the caller shows both.
     */
    public Outcome write(String networkSlug, UUID meetingId, Map<UUID, String> texts, long basedOn, Viewer viewer) {
        Meeting meeting = find(networkSlug, meetingId);
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        meeting.requireHeld();
        if (!meeting.hasAgendaItems(texts.keySet())) {
            throw new org.kenes.shared.RuleViolation("minutes.unknownItem", "texts");
        }
        var existing = minutes.findById(meetingId);
        if (existing.isEmpty() && basedOn != Minutes.NONE_YET) {
            return new Outcome(false, read(networkSlug, meetingId, viewer));
        }
        if (existing.isPresent() && basedOn == Minutes.NONE_YET) {
            // someone saved the first draft while this person was writing theirs
            return new Outcome(false, existing.get().view());
        }
        Minutes current = existing.orElseGet(() -> minutes.save(new Minutes(meetingId)));
        try {
            current.write(texts, existing.isEmpty() ? 0 : basedOn);
            minutes.flush();
        } catch (Minutes.MinutesConflict | ObjectOptimisticLockingFailureException e) {
            return new Outcome(false, minutes.findById(meetingId).map(Minutes::view).orElseThrow());
        }
        events.publishEvent(new MeetingChanged(networkSlug, meetingId, "minutes-saved", null, Actors.current()));
        return new Outcome(true, current.view());
    }

    public void clear(String networkSlug, UUID meetingId, Viewer viewer) {
        find(networkSlug, meetingId);
        MeetingAccess.requireCoChair(viewer, networkSlug);
        minutes.findById(meetingId).orElseThrow(() -> new org.kenes.shared.RuleViolation("minutes.empty", null))
                .clear(viewer.username());
        events.publishEvent(new MeetingChanged(networkSlug, meetingId, "minutes-cleared", null, Actors.current()));
    }

    public void disseminate(String networkSlug, UUID meetingId, Viewer viewer) {
        Meeting meeting = find(networkSlug, meetingId);
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        minutes.findById(meetingId).orElseThrow(() -> new org.kenes.shared.RuleViolation("minutes.notCleared", null))
                .disseminate();
        meeting.minutesDisseminated();
        events.publishEvent(new MeetingChanged(networkSlug, meetingId, "minutes-disseminated", null, Actors.current()));
        events.publishEvent(new MinutesDisseminated(networkSlug, meetingId));
        events.publishEvent(filed(meeting));
    }

    /**
     * The disseminated minutes, for the library: internal to the body that met, as they are here. A working group's
     * minutes stay with the group; an invited organisation never reads them, whatever the meeting's level.
     */
    private RecordFiled filed(Meeting meeting) {
        MeetingView view = meeting.view();
        InformationLevel level = meeting.workingGroupId() == null ? InformationLevel.INTERNAL : InformationLevel.WORKING_GROUP;
        return new RecordFiled(meeting.networkSlug(), meeting.workingGroupId(), RecordFiled.Kind.MINUTES, meeting.id(), view.title(),
                view.startsAt().toLocalDate(), level, null,
                "/networks/" + meeting.networkSlug() + "/meetings/" + meeting.id() + "/minutes", null, clock.instant());
    }

    private Meeting readable(String networkSlug, UUID meetingId, Viewer viewer) {
        Meeting meeting = find(networkSlug, meetingId);
        MeetingAccess.requireSight(viewer, meeting);
        // minutes are internal to the body: organisations invited to the meeting do not read them
        boolean internalReader = meeting.workingGroupId() == null
                ? viewer.isMemberOf(networkSlug)
                : viewer.inWorkingGroup(meeting.workingGroupId()) || viewer.isSecretariatOf(networkSlug);
        if (!internalReader) {
            throw new AccessDeniedException("Minutes are internal to the body that met");
        }
        return meeting;
    }

    private Meeting find(String networkSlug, UUID meetingId) {
        return meetings.findByIdAndNetworkSlug(meetingId, networkSlug).orElseThrow(() -> new Meetings.MeetingNotFound(meetingId));
    }

    /** Whether the save went through, and the minutes as they now stand. */
    public record Outcome(boolean saved, Minutes.View minutes) {
    }
}
