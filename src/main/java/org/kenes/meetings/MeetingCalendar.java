package org.kenes.meetings;

import java.net.URI;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calendar files of meetings. The same meeting always carries the same UID, and each change people's calendars
 * must follow raises its SEQUENCE, so an update replaces the event and a cancellation removes it.
 */
@Component
class MeetingCalendar {

    private final String baseUrl;
    private final String organizer;

    MeetingCalendar(@Value("${kenes.base-url:http://localhost:8080}") String baseUrl,
                    @Value("${kenes.mail.from:kenes@localhost}") String organizer) {
        this.baseUrl = baseUrl;
        this.organizer = organizer;
    }

    String ics(MeetingView meeting, Method method) {
        return calendar(java.util.List.of(meeting), method);
    }

    /** One calendar with many meetings, for a person's subscription. */
    String calendar(java.util.List<MeetingView> meetings, Method method) {
        Calendar calendar = new Calendar()
                .withProdId(new ProdId("-//Kenes//Meetings//EN").getValue())
                .withDefaults()
                .getFluentTarget();
        calendar.add(method);
        meetings.forEach(meeting -> calendar.add(event(meeting)));
        return calendar.toString();
    }

    private VEvent event(MeetingView meeting) {
        // times are written in UTC: the time zone definitions a calendar library ships can be older than the
        // country's law (Kazakhstan moved to UTC+5 in 2024), while an instant means the same everywhere
        VEvent event = new VEvent(meeting.startsAt().toInstant(), meeting.endsAt().toInstant(), meeting.title());
        event.add(new Uid(meeting.id() + "@kenes"));
        event.add(new Sequence(meeting.calendarSequence()));
        // calendar programs treat a REQUEST or CANCEL as an invitation only when it names its organizer
        event.add(new net.fortuna.ical4j.model.property.Organizer(URI.create("mailto:" + organizer)));
        event.add(new Url(URI.create(baseUrl + "/networks/" + meeting.networkSlug() + "/meetings/" + meeting.id())));
        if (meeting.place() != null || meeting.onlineLink() != null) {
            event.add(new Location(meeting.place() == null ? meeting.onlineLink()
                    : meeting.onlineLink() == null ? meeting.place() : meeting.place() + " / " + meeting.onlineLink()));
        }
        if (!meeting.agenda().isEmpty()) {
            event.add(new Description(meeting.agenda().stream()
                    .map(item -> item.position() + ". " + item.title())
                    .collect(Collectors.joining("\n"))));
        }
        if (meeting.status() == MeetingStatus.CANCELLED) {
            event.add(new Status(Status.VALUE_CANCELLED));
        }
        return event;
    }
}
