package org.kenes.notifications;

import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import org.kenes.meetings.ActionPointDue;
import org.kenes.membership.MemberListEntry;
import org.kenes.membership.Members;
import org.kenes.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Reminders to the owner organisation's focal points: once before the due date, then once a week while overdue. */
@Component
class ActionPointNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final Members members;
    private final MessageSource messages;
    private final Outbox outbox;
    private final String baseUrl;

    ActionPointNotices(Members members, MessageSource messages, Outbox outbox,
                       @Value("${kenes.base-url:http://localhost:8080}") String baseUrl) {
        this.members = members;
        this.messages = messages;
        this.outbox = outbox;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(ActionPointDue event) {
        Viewer secretariat = Viewer.actingForSecretariatOf(event.networkSlug());
        String when = event.overdue()
                ? "overdue:" + event.noticedOn().get(IsoFields.WEEK_BASED_YEAR) + "-" + event.noticedOn().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                : "due-soon";
        String link = baseUrl + "/networks/" + event.networkSlug() + "/action-points";
        for (MemberListEntry member : members.list(event.networkSlug(), event.noticedOn(), secretariat)) {
            if (!member.acronym().equals(event.ownerOrganisation())) {
                continue;
            }
            for (MemberListEntry.FocalPointEntry focalPoint : member.focalPoints()) {
                Locale locale = focalPoint.preferredLocale();
                String kind = event.overdue() ? "overdue" : "dueSoon";
                outbox.put("action:" + event.actionPointId() + ":" + when + ":" + focalPoint.email(), event.networkSlug(),
                        focalPoint.email(),
                        messages.getMessage("mail.action." + kind + ".subject", new Object[] {event.description()}, locale),
                        messages.getMessage("mail.action." + kind + ".body", new Object[] {event.description(),
                                DAY.format(event.dueOn()), event.ownerOrganisation(), link}, locale),
                        null);
            }
        }
    }
}
