package org.kenes.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.kenes.membership.Members;
import org.kenes.shared.Actors;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Meetings "upon request by its members": a focal point asks, a co-chair accepts or declines with a reason. */
@Service
@Transactional
public class MeetingRequests {

    private final MeetingRequestRepository requests;
    private final Meetings meetings;
    private final Members members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MeetingRequests(MeetingRequestRepository requests, Meetings meetings, Members members, ApplicationEventPublisher events,
                    Clock clock) {
        this.requests = requests;
        this.meetings = meetings;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<MeetingRequestView> list(String networkSlug, Viewer viewer, Pageable page) {
        if (!viewer.isMemberOf(networkSlug)) {
            throw new AccessDeniedException("Meeting requests are for the network's members");
        }
        return requests.findByNetworkSlugOrderByCreatedAtDesc(networkSlug, page).map(MeetingRequest::view);
    }

    /** A member's focal point asks for a meeting, on behalf of her organisation. */
    public UUID request(String networkSlug, NewRequest request, Viewer viewer) {
        if (!viewer.isMemberOf(networkSlug) || !members.organisationsOf(networkSlug, viewer).contains(request.organisation())) {
            throw new AccessDeniedException("A meeting is requested by a member's focal point, for her organisation");
        }
        MeetingRequest saved = requests.save(new MeetingRequest(networkSlug, request.organisation(), viewer.username(),
                request.purpose(), request.proposedDates(), clock.instant()));
        events.publishEvent(new MeetingChanged(networkSlug, saved.id(), "requested", request.purpose(), Actors.current()));
        events.publishEvent(new MeetingRequestChanged(networkSlug, saved.id(), MeetingRequestChanged.Step.REQUESTED));
        return saved.id();
    }

    /** A co-chair accepts: the request becomes an extraordinary meeting on the chosen day. */
    public UUID accept(String networkSlug, UUID requestId, Acceptance acceptance, Viewer viewer) {
        MeetingAccess.requireCoChair(viewer, networkSlug);
        MeetingRequest request = find(networkSlug, requestId);
        Meeting meeting = meetings.plan(networkSlug, new NewMeeting(MeetingType.EXTRAORDINARY, null, request.purpose().length() > 300
                ? request.purpose().substring(0, 297) + "..." : request.purpose(), acceptance.date(), acceptance.time(), 90,
                acceptance.place(), null, null), Actors.current());
        request.accept(meeting.id(), viewer.username(), clock.instant());
        events.publishEvent(new MeetingChanged(networkSlug, requestId, "request-accepted", meeting.id().toString(), Actors.current()));
        events.publishEvent(new MeetingRequestChanged(networkSlug, requestId, MeetingRequestChanged.Step.ACCEPTED));
        return meeting.id();
    }

    public void decline(String networkSlug, UUID requestId, String reason, Viewer viewer) {
        MeetingAccess.requireCoChair(viewer, networkSlug);
        find(networkSlug, requestId).decline(reason, viewer.username(), clock.instant());
        events.publishEvent(new MeetingChanged(networkSlug, requestId, "request-declined", reason, Actors.current()));
        events.publishEvent(new MeetingRequestChanged(networkSlug, requestId, MeetingRequestChanged.Step.DECLINED));
    }

    /** For the notification job, which acts for no person. */
    @Transactional(readOnly = true)
    public MeetingRequestView forNotice(String networkSlug, UUID id) {
        return find(networkSlug, id).view();
    }

    private MeetingRequest find(String networkSlug, UUID id) {
        return requests.findByIdAndNetworkSlug(id, networkSlug).orElseThrow(() -> new RequestNotFound(id));
    }

    public record NewRequest(@NotBlank @Size(max = 40) String organisation, @NotBlank @Size(max = 2000) String purpose,
                             @NotBlank @Size(max = 300) String proposedDates) {
    }

    public record Acceptance(@NotNull LocalDate date, @NotNull LocalTime time, @Size(max = 300) String place) {
    }

    public static class RequestNotFound extends org.kenes.shared.NotFoundException {
        RequestNotFound(UUID id) {
            super("No meeting request " + id);
        }
    }

}
