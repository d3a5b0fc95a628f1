package org.kenes.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.RuleViolation;

/**
 * A meeting and its agenda. The ToR's order of things is enforced here: the secretariat drafts the agenda, a
 * co-chair clears it, and only a cleared agenda is circulated; a meeting is held after it was circulated; a
 * cancellation gives its reason. Every change people's calendars must follow raises the calendar sequence.
 */
@Entity
@Table(name = "meeting")
class Meeting {

    enum AgendaStatus { DRAFT, CLEARED }

    @Id
    private UUID id;

    @Column(name = "network_slug", nullable = false)
    private String networkSlug;

    @Column(name = "working_group_id")
    private UUID workingGroupId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingType type;

    @Column(nullable = false)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column
    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    @Column(name = "unct_meeting")
    private String unctMeeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Enumerated(EnumType.STRING)
    @Column(name = "agenda_status", nullable = false)
    private AgendaStatus agendaStatus = AgendaStatus.DRAFT;

    @Column(name = "agenda_cleared_by")
    private String agendaClearedBy;

    @Column(name = "cancellation_reason")
    private String cancellationReason;

    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_invitee", joinColumns = @JoinColumn(name = "meeting_id"))
    private Set<Invitee> invitees = new HashSet<>();

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(String networkSlug, UUID workingGroupId, MeetingType type, String title, Instant startsAt, ZoneId zone,
            int durationMinutes, String place, String onlineLink, String unctMeeting) {
        if ((type == MeetingType.WORKING_GROUP) != (workingGroupId != null)) {
            throw new RuleViolation("meeting.type.workingGroup", "type");
        }
        this.id = UUID.randomUUID();
        this.networkSlug = networkSlug;
        this.workingGroupId = workingGroupId;
        this.type = type;
        this.title = title.strip();
        this.startsAt = startsAt;
        this.timeZone = zone.getId();
        this.durationMinutes = durationMinutes;
        this.place = blankToNull(place);
        this.onlineLink = blankToNull(onlineLink);
        this.unctMeeting = blankToNull(unctMeeting);
    }

    /** The secretariat drafts the agenda item by item, until a co-chair has cleared it. */
    void addAgendaItem(String itemTitle, AgendaPurpose purpose, String presenter, int minutes) {
        requireStatus(MeetingStatus.PLANNED);
        if (agendaStatus == AgendaStatus.CLEARED) {
            throw new RuleViolation("meeting.agenda.alreadyCleared", null);
        }
        agenda.add(new AgendaItem(agenda.size() + 1, itemTitle, purpose, presenter, minutes));
    }

    /**
     * The Annual Network Meeting is "to include other relevant stakeholders", and a working group may invite beyond
     * its members; the network's regular and extraordinary meetings are for its members.
     */
    void invite(Invitee invitee) {
        if (type != MeetingType.ANNUAL_NETWORK_MEETING && type != MeetingType.WORKING_GROUP) {
            throw new RuleViolation("meeting.invitees.notForType", "organisation");
        }
        requireUpcoming("meeting.invitees.tooLate");
        if (invitees.stream().anyMatch(i -> i.organisationId().equals(invitee.organisationId()))) {
            throw new RuleViolation("meeting.invitees.already", "organisation", invitee.acronym());
        }
        invitees.add(invitee);
    }

    void withdrawInvitation(UUID organisationId) {
        requireUpcoming("meeting.invitees.tooLate");
        invitees.removeIf(i -> i.organisationId().equals(organisationId));
    }

    Set<UUID> invitedOrganisations() {
        Set<UUID> ids = new HashSet<>();
        invitees.forEach(i -> ids.add(i.organisationId()));
        return ids;
    }

    private void requireUpcoming(String refusal) {
        if (status != MeetingStatus.PLANNED && status != MeetingStatus.AGENDA_CIRCULATED) {
            throw new RuleViolation(refusal, null);
        }
    }

    /** A co-chair clears the drafted agenda. */
    void clearAgenda(String coChair) {
        requireStatus(MeetingStatus.PLANNED);
        if (agenda.isEmpty()) {
            throw new RuleViolation("meeting.agenda.empty", null);
        }
        agendaStatus = AgendaStatus.CLEARED;
        agendaClearedBy = coChair;
    }

    /** Only a cleared agenda is circulated. */
    void circulateAgenda() {
        requireStatus(MeetingStatus.PLANNED);
        if (agendaStatus != AgendaStatus.CLEARED) {
            throw new RuleViolation("meeting.agenda.notCleared", null);
        }
        status = MeetingStatus.AGENDA_CIRCULATED;
    }

    /** A new date or time; calendars that received the meeting get an update of the same event. */
    void reschedule(Instant newStart, int newDuration) {
        requireUpcoming("meeting.reschedule.tooLate");
        if (newStart.equals(startsAt) && newDuration == durationMinutes) {
            throw new RuleViolation("meeting.reschedule.unchanged", "date");
        }
        startsAt = newStart;
        durationMinutes = newDuration;
        calendarSequence++;
    }

    void markHeld(Instant now) {
        requireStatus(MeetingStatus.AGENDA_CIRCULATED);
        if (startsAt.isAfter(now)) {
            throw new RuleViolation("meeting.held.notYet", null);
        }
        status = MeetingStatus.HELD;
    }

    /** The minutes can be written once the meeting has been held. */
    void requireHeld() {
        if (status != MeetingStatus.HELD && status != MeetingStatus.MINUTES_DISSEMINATED) {
            throw new RuleViolation("minutes.notHeld", null);
        }
    }

    /** Whether each of these ids names an item of this meeting's agenda. */
    boolean hasAgendaItems(java.util.Collection<UUID> ids) {
        return agenda.stream().map(AgendaItem::id).toList().containsAll(ids);
    }

    void minutesDisseminated() {
        requireStatus(MeetingStatus.HELD);
        status = MeetingStatus.MINUTES_DISSEMINATED;
    }

    void cancel(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("meeting.cancel.reasonNeeded", "reason");
        }
        requireUpcoming("meeting.cancel.tooLate");
        status = MeetingStatus.CANCELLED;
        cancellationReason = reason.strip();
        calendarSequence++;
    }

    private void requireStatus(MeetingStatus expected) {
        if (status != expected) {
            throw new RuleViolation("meeting.notPossibleWhen." + status, null);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    String networkSlug() {
        return networkSlug;
    }

    UUID workingGroupId() {
        return workingGroupId;
    }

    MeetingType type() {
        return type;
    }

    String timeZone() {
        return timeZone;
    }

    int durationMinutes() {
        return durationMinutes;
    }

    MeetingStatus status() {
        return status;
    }

    Instant startsAt() {
        return startsAt;
    }

    MeetingView view() {
        return new MeetingView(id, networkSlug, workingGroupId, type, title, startsAt.atZone(ZoneId.of(timeZone)),
                durationMinutes, place, onlineLink, unctMeeting, status, agendaStatus.name(), agendaClearedBy,
                cancellationReason, calendarSequence, agenda.stream().map(AgendaItem::view).toList(),
                invitees.stream().sorted(Comparator.comparing(Invitee::acronym)).toList());
    }
}
