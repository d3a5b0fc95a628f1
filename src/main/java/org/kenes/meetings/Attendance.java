package org.kenes.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.MemberRole;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representation at network meetings: before a meeting each member says who will represent it (or sends
 * apologies); afterwards the secretariat records who attended; members not represented are flagged.
 */
@Service
@Transactional
public class Attendance {

    private final MeetingRepository meetings;
    private final RepresentationRepository representations;
    private final Members members;
    private final NetworkConfigurations networks;
    private final ApplicationEventPublisher events;

    Attendance(MeetingRepository meetings, RepresentationRepository representations, Members members,
               NetworkConfigurations networks, ApplicationEventPublisher events) {
        this.meetings = meetings;
        this.representations = representations;
        this.members = members;
        this.networks = networks;
        this.events = events;
    }

    /** The attendance sheet of a network meeting: every member expected that day, and what is known of it. */
    @Transactional(readOnly = true)
    public Sheet sheet(String networkSlug, UUID meetingId, Viewer viewer) {
        Meeting meeting = networkMeeting(networkSlug, meetingId, viewer);
        List<String> expected = expected(networkSlug, meeting, viewer);
        Map<String, Representation> recorded = representations.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(Representation::organisation, Function.identity()));
        boolean held = meeting.status() == MeetingStatus.HELD || meeting.status() == MeetingStatus.MINUTES_DISSEMINATED;
        List<String> unrepresented = held ? EachMemberShallBeRepresented.unrepresented(expected, recorded.values()) : List.of();
        List<Sheet.Line> lines = new java.util.ArrayList<>();
        for (String acronym : expected) {
            lines.add(line(acronym, recorded.get(acronym), unrepresented.contains(acronym), false));
        }
        for (String guest : guests(meeting, expected)) {
            lines.add(line(guest, recorded.get(guest), false, true));
        }
        return new Sheet(lines, held, unrepresented, members.organisationsOf(networkSlug, viewer));
    }

    private static Sheet.Line line(String organisation, Representation r, boolean unrepresented, boolean guest) {
        return new Sheet.Line(organisation, r == null || r.intention() == null ? null : r.intention().name(),
                r == null ? null : r.representative(), r == null ? null : r.attended(), unrepresented, guest);
    }

    /** The organisations invited beyond the members: guests, whose attendance is recorded but not counted. */
    private static List<String> guests(Meeting meeting, List<String> expected) {
        return meeting.view().invitees().stream().map(Invitee::acronym).filter(a -> !expected.contains(a)).toList();
    }

    /** A member says before the meeting who represents it, or sends its apologies. */
    public void announce(String networkSlug, UUID meetingId, String organisation, Representation.Intention intention,
                         String representative, Viewer viewer) {
        Meeting meeting = networkMeeting(networkSlug, meetingId, viewer);
        if (!viewer.isSecretariatOf(networkSlug) && !members.organisationsOf(networkSlug, viewer).contains(organisation)) {
            throw new AccessDeniedException("Only the member's focal points or the secretariat announce its representation");
        }
        if (meeting.status() != MeetingStatus.PLANNED && meeting.status() != MeetingStatus.AGENDA_CIRCULATED) {
            throw new RuleViolation("representation.tooLate", null);
        }
        if (!expected(networkSlug, meeting, viewer).contains(organisation)) {
            throw new RuleViolation("representation.notMember", "organisation", organisation);
        }
        if (intention == Representation.Intention.ATTENDING && (representative == null || representative.isBlank())) {
            throw new RuleViolation("representation.nameNeeded", "representative");
        }
        Representation representation = representations.findByMeetingIdAndOrganisation(meetingId, organisation)
                .orElseGet(() -> representations.save(new Representation(meetingId, organisation)));
        representation.announce(intention, representative);
        events.publishEvent(new MeetingChanged(networkSlug, meetingId, "representation-announced",
                organisation + ": " + intention, Actors.current()));
    }

    /** After the meeting the secretariat records which members attended; the others are flagged. */
    public void record(String networkSlug, UUID meetingId, Set<String> attended, Viewer viewer) {
        record(networkSlug, meetingId, attended, Map.of(), viewer);
    }

    /**
     * After the meeting the secretariat records which members and invited guests attended, and by whom; members
     * not represented are flagged.
     */
    public void record(String networkSlug, UUID meetingId, Set<String> attended, Map<String, String> attendedBy, Viewer viewer) {
        Meeting meeting = networkMeeting(networkSlug, meetingId, viewer);
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        if (meeting.status() != MeetingStatus.HELD && meeting.status() != MeetingStatus.MINUTES_DISSEMINATED) {
            throw new RuleViolation("representation.notHeld", null);
        }
        List<String> expected = expected(networkSlug, meeting, viewer);
        List<String> everyone = new java.util.ArrayList<>(expected);
        everyone.addAll(guests(meeting, expected));
        for (String organisation : everyone) {
            representations.findByMeetingIdAndOrganisation(meetingId, organisation)
                    .orElseGet(() -> representations.save(new Representation(meetingId, organisation)))
                    .attended(attended.contains(organisation), attendedBy.get(organisation));
        }
        events.publishEvent(new MeetingChanged(networkSlug, meetingId, "attendance-recorded",
                String.join(", ", attended), Actors.current()));
    }

    /** Each member's representation at the network's held meetings of a year. */
    @Transactional(readOnly = true)
    public Map<String, EachMemberShallBeRepresented.Rate> rates(String networkSlug, int year, Viewer viewer) {
        if (!viewer.isMemberOf(networkSlug)) {
            throw new AccessDeniedException("Representation rates are for the network's members");
        }
        ZoneId zone = networks.of(networkSlug).timeZone();
        Instant from = ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone).toInstant();
        Instant to = ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, zone).toInstant();
        List<Meeting> held = meetings.networkMeetingsBetween(networkSlug, from, to).stream()
                .filter(m -> m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_DISSEMINATED).toList();
        Map<UUID, List<String>> expected = new LinkedHashMap<>();
        held.forEach(m -> expected.put(m.id(), expected(networkSlug, m, viewer)));
        Map<UUID, List<Representation>> recorded = representations.findByMeetingIdIn(expected.keySet()).stream()
                .collect(Collectors.groupingBy(r -> r.meetingId()));
        return EachMemberShallBeRepresented.rates(expected, recorded);
    }

    private Meeting networkMeeting(String networkSlug, UUID meetingId, Viewer viewer) {
        Meeting meeting = meetings.findByIdAndNetworkSlug(meetingId, networkSlug)
                .orElseThrow(() -> new Meetings.MeetingNotFound(meetingId));
        MeetingAccess.requireSight(viewer, meeting);
        if (!viewer.isMemberOf(networkSlug) || meeting.workingGroupId() != null) {
            throw new AccessDeniedException("Representation is recorded for the network's members at network meetings");
        }
        return meeting;
    }

    /** The member organisations (not partners or observers) on the member list the day of the meeting. */
    private List<String> expected(String networkSlug, Meeting meeting, Viewer viewer) {
        LocalDate day = meeting.startsAt().atZone(networks.of(networkSlug).timeZone()).toLocalDate();
        return members.list(networkSlug, day, viewer).stream()
                .filter(m -> m.role().isMember())
                .map(MemberListEntry::acronym).toList();
    }

    /** The attendance sheet of one meeting. */
    public record Sheet(List<Line> lines, boolean held, List<String> unrepresented, List<String> mine) {

        /** @param guest an organisation invited beyond the members, not counted in the representation rates */
        public record Line(String organisation, String intention, String representative, Boolean attended,
                           boolean unrepresented, boolean guest) {
        }
    }
}
