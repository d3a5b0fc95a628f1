package org.kenes.notifications;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kenes.meetings.AgendaCirculated;
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
 * When an agenda is circulated (or a circulated meeting is cancelled), every focal point of a member organisation
 * and every co-chair gets an e-mail with the calendar invitation, in their working language. The same event, if
 * replayed, adds no second message.
 */
@Component
class MeetingInvitations {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final Meetings meetings;
    private final Members members;
    private final NetworkConfigurations networks;
    private final MessageSource messages;
    private final Outbox outbox;
    private final String baseUrl;

    MeetingInvitations(Meetings meetings, Members members, NetworkConfigurations networks, MessageSource messages,
                       Outbox outbox, @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.members = members;
        this.networks = networks;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(AgendaCirculated event) {
        Meetings.Invitation invitation = meetings.invitation(event.networkSlug(), event.meetingId());
        MeetingView meeting = invitation.meeting();
        if (meeting.workingGroupId() != null || meeting.calendarSequence() != event.calendarSequence()) {
            // working-group meetings reach their group through a later step; an older version is superseded
            return;
        }
        // the job acts for the secretariat, whose circulation caused it
        Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
        Map<String, Locale> recipients = recipients(event.networkSlug(), meeting.startsAt().toLocalDate(), secretariat);
        boolean cancelled = meeting.status() == MeetingStatus.CANCELLED;
        recipients.forEach((email, locale) -> outbox.put(
                "meeting:" + meeting.id() + ":" + event.calendarSequence() + ":" + (cancelled ? "cancel" : "request") + ":" + email,
                event.networkSlug(), email, subject(meeting, cancelled, locale), body(meeting, cancelled, locale), invitation.calendar()));
    }

    /** The minutes were disseminated: the same people are told where to read them; the text stays in Kenes. */
    @ApplicationModuleListener
    void on(org.kenes.meetings.MinutesDisseminated event) {
        MeetingView meeting = meetings.invitation(event.networkSlug(), event.meetingId()).meeting();
        if (meeting.workingGroupId() != null) {
            return;
        }
        Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
        Map<String, Locale> recipients = recipients(event.networkSlug(), java.time.LocalDate.now(), secretariat);
        String link = baseUrl + "/networks/" + meeting.networkSlug() + "/meetings/" + meeting.id() + "/minutes";
        recipients.forEach((email, locale) -> outbox.put("minutes:" + meeting.id() + ":" + email, event.networkSlug(), email,
                messages.getMessage("mail.minutes.subject", new Object[] {meeting.title()}, locale),
                messages.getMessage("mail.minutes.body", new Object[] {networks.of(meeting.networkSlug()).name().in(locale),
                        meeting.title(), WHEN.format(meeting.startsAt()), link, link + ".pdf"}, locale),
                null));
    }

    private Map<String, Locale> recipients(String networkSlug, java.time.LocalDate day, Viewer secretariat) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        for (MemberListEntry member : members.list(networkSlug, day, secretariat)) {
            if (member.role().isMember()) {
                member.focalPoints().forEach(f -> recipients.putIfAbsent(f.email(), f.preferredLocale()));
            }
        }
        members.coChairs(networkSlug, day, secretariat).forEach(c -> recipients.putIfAbsent(c.email(), Locale.ENGLISH));
        return recipients;
    }

    private String subject(MeetingView meeting, boolean cancelled, Locale locale) {
        return messages.getMessage(cancelled ? "mail.meeting.cancelled.subject" : "mail.meeting.agenda.subject",
                new Object[] {meeting.title(), WHEN.format(meeting.startsAt())}, locale);
    }

    private String body(MeetingView meeting, boolean cancelled, Locale locale) {
        String agenda = meeting.agenda().stream().map(item -> item.position() + ". " + item.title())
                .collect(Collectors.joining("\n"));
        String where = meeting.place() == null ? "" : meeting.place();
        if (meeting.onlineLink() != null) {
            where = where.isEmpty() ? meeting.onlineLink() : where + " / " + meeting.onlineLink();
        }
        return messages.getMessage(cancelled ? "mail.meeting.cancelled.body" : "mail.meeting.agenda.body", new Object[] {
                networks.of(meeting.networkSlug()).name().in(locale), meeting.title(),
                WHEN.format(meeting.startsAt()) + " (" + meeting.startsAt().getZone().getId() + ")", where, agenda,
                baseUrl + "/networks/" + meeting.networkSlug() + "/meetings/" + meeting.id(),
                meeting.cancellationReason() == null ? "" : meeting.cancellationReason()}, locale);
    }

}
