package org.kenes.notifications;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenes.meetings.AgendaCirculated;
import org.kenes.meetings.Invitee;
import org.kenes.meetings.MeetingStatus;
import org.kenes.meetings.MeetingView;
import org.kenes.meetings.Meetings;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.MemberRole;
import org.kenes.membership.Members;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When an agenda is circulated (or a circulated meeting is moved or cancelled), the body's participants get an
 * e-mail with the calendar invitation, in their working language: for a network meeting every focal point of a
 * member organisation and every co-chair, for a working group's meeting the focal points of the group's
 * organisations, and for both the organisations invited to it. The same event, if replayed, adds no second message.
 */
@Component
class MeetingInvitations {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Meetings meetings;
    private final Members members;
    private final org.kenes.membership.WorkingGroups groups;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final Outbox outbox;
    private final String baseUrl;

    MeetingInvitations(Meetings meetings, Members members, org.kenes.membership.WorkingGroups groups,
                       NetworkConfigurations networks, MessageSource messages, Outbox outbox,
                       @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.members = members;
        this.groups = groups;
        this.networks = networks;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(AgendaCirculated event) {
        Meetings.Invitation invitation = meetings.invitation(event.networkSlug(), event.meetingId());
        MeetingView meeting = invitation.meeting();
        if (meeting.calendarSequence() != event.calendarSequence()) {
            return; // superseded by a later version, which has its own event
        }
        // the job acts for the secretariat, whose circulation caused it
        Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
        Map<String, Locale> recipients = recipients(meeting, meeting.startsAt().toLocalDate(), secretariat, true);
        String kind = meeting.status() == MeetingStatus.CANCELLED ? "cancelled" : event.wasMoved() ? "updated" : "agenda";
        recipients.forEach((email, locale) -> outbox.put(
                // one message per calendar version and person, whatever the occasion that reached them first
                "meeting:" + meeting.id() + ":" + event.calendarSequence() + ":" + (kind.equals("cancelled") ? "cancel" : "request") + ":" + email,
                event.networkSlug(), email, subject(meeting, kind, locale), body(meeting, kind, locale), invitation.calendar()));
    }

    /** An invitation was withdrawn after the agenda went out: the organisation's calendar entry is cancelled. */
    @ApplicationModuleListener
    void on(org.kenes.meetings.InvitationWithdrawn event) {
        Meetings.Invitation withdrawal = meetings.withdrawal(event.networkSlug(), event.meetingId());
        MeetingView meeting = withdrawal.meeting();
        Map<String, Locale> recipients = new LinkedHashMap<>();
        if (event.contactEmail() != null) {
            recipients.put(event.contactEmail(), stakeholderLocale(event.networkSlug()));
        } else {
            Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
            members.list(event.networkSlug(), meeting.startsAt().toLocalDate(), secretariat).stream()
                    .filter(m -> m.organisationId().equals(event.organisationId())).forEach(m -> addFocalPoints(recipients, m));
        }
        recipients.forEach((email, locale) -> outbox.put(
                "meeting:" + meeting.id() + ":" + meeting.calendarSequence() + ":withdrawn:" + email, event.networkSlug(), email,
                messages.getMessage("mail.meeting.withdrawn.subject", new Object[] {meeting.title(), WHEN.format(meeting.startsAt())}, locale),
                messages.getMessage("mail.meeting.withdrawn.body", new Object[] {networks.of(meeting.networkSlug()).name().in(locale),
                        meeting.title(), WHEN.format(meeting.startsAt())}, locale),
                withdrawal.calendar()));
    }

    /**
     * The minutes were disseminated: the body's members are told where to read them; the text stays in Kenes.
     * Minutes are internal, so invited organisations are not told.
     */
    @ApplicationModuleListener
    void on(org.kenes.meetings.MinutesDisseminated event) {
        MeetingView meeting = meetings.invitation(event.networkSlug(), event.meetingId()).meeting();
        Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
        Map<String, Locale> recipients = recipients(meeting, java.time.LocalDate.now(), secretariat, false);
        String link = baseUrl + "/networks/" + meeting.networkSlug() + "/meetings/" + meeting.id() + "/minutes";
        recipients.forEach((email, locale) -> outbox.notice("minutes:" + meeting.id() + ":" + email, event.networkSlug(), email,
                locale, messages.getMessage("mail.minutes.subject", new Object[] {meeting.title()}, locale),
                messages.getMessage("mail.minutes.body", new Object[] {networks.of(meeting.networkSlug()).name().in(locale),
                        meeting.title(), WHEN.format(meeting.startsAt()), link, link + ".pdf"}, locale)));
    }

    private Map<String, Locale> recipients(MeetingView meeting, java.time.LocalDate day, Viewer secretariat,
                                           boolean withInvitees) {
        String networkSlug = meeting.networkSlug();
        Map<String, Locale> recipients = new LinkedHashMap<>();
        List<MemberListEntry> network = members.list(networkSlug, day, secretariat);
        if (meeting.workingGroupId() == null) {
            network.stream().filter(m -> m.role().isMember()).forEach(m -> addFocalPoints(recipients, m));
            members.coChairs(networkSlug, day, secretariat).forEach(c -> recipients.putIfAbsent(c.email(), Locale.ENGLISH));
        } else {
            groups.group(networkSlug, meeting.workingGroupId(), secretariat).members().forEach(m -> addFocalPoints(recipients, m));
        }
        if (withInvitees) {
            Locale stakeholderLocale = stakeholderLocale(networkSlug);
            for (Invitee invitee : meeting.invitees()) {
                if (invitee.contactEmail() != null) {
                    recipients.putIfAbsent(invitee.contactEmail(), stakeholderLocale);
                } else {
                    network.stream().filter(m -> m.organisationId().equals(invitee.organisationId()))
                            .forEach(m -> addFocalPoints(recipients, m));
                }
            }
        }
        return recipients;
    }

    /** Stakeholders of the register are written to in the network's first language (Russian, or else English). */
    private Locale stakeholderLocale(String networkSlug) {
        return networks.of(networkSlug).languages().stream().findFirst()
                .filter(language -> language.equals("ru")).map(Locale::forLanguageTag).orElse(Locale.ENGLISH);
    }

    private static void addFocalPoints(Map<String, Locale> recipients, MemberListEntry organisation) {
        organisation.focalPoints().forEach(f -> recipients.putIfAbsent(f.email(), f.preferredLocale()));
    }

    private String subject(MeetingView meeting, String kind, Locale locale) {
        return messages.getMessage("mail.meeting." + kind + ".subject",
                new Object[] {meeting.title(), WHEN.format(meeting.startsAt())}, locale);
    }

    private String body(MeetingView meeting, String kind, Locale locale) {
        String agenda = meeting.agenda().stream().map(item -> item.position() + ". " + item.title())
                .collect(Collectors.joining("\n"));
        String where = meeting.place() == null ? "" : meeting.place();
        if (meeting.onlineLink() != null) {
            where = where.isEmpty() ? meeting.onlineLink() : where + " / " + meeting.onlineLink();
        }
        return messages.getMessage("mail.meeting." + kind + ".body", new Object[] {
                networks.of(meeting.networkSlug()).name().in(locale), meeting.title(),
                WHEN.format(meeting.startsAt()) + " (" + meeting.startsAt().getZone().getId() + ")", where, agenda,
                baseUrl + "/networks/" + meeting.networkSlug() + "/meetings/" + meeting.id(),
                meeting.cancellationReason() == null ? "" : meeting.cancellationReason()}, locale);
    }

}
