package org.kenes.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kenes.shared.NetworkRole;
import org.kenes.shared.Viewer;
import org.kenes.network.NetworkConfigurations;
import org.kenes.shared.Actors;
import org.kenes.shared.DemoMode;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of meetings for each demo network: a regular meeting each quarter, held with a cleared and circulated
 * agenda (the oldest with its minutes disseminated, so they are in the library too), the Annual Network Meeting, an
 * extraordinary meeting, a cancelled one, and the next quarter's meeting in preparation.
 */
@Component
@Order(40)
class DemoMeetings implements ApplicationRunner {

    private final DemoMode demoMode;
    private final Meetings meetings;
    private final Attendance attendance;
    private final ActionPoints actions;
    private final UnctMeetings unct;
    private final MinutesService minutes;
    private final MeetingRepository repository;
    private final NetworkConfigurations networks;
    private final Clock clock;

    DemoMeetings(DemoMode demoMode, Meetings meetings, Attendance attendance, ActionPoints actions, UnctMeetings unct,
                 MinutesService minutes, MeetingRepository repository, NetworkConfigurations networks, Clock clock) {
        this.unct = unct;
        this.minutes = minutes;
        this.demoMode = demoMode;
        this.meetings = meetings;
        this.attendance = attendance;
        this.actions = actions;
        this.repository = repository;
        this.networks = networks;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.enabled() || repository.count() > 0) {
            return;
        }
        for (var summary : networks.all()) {
            if (summary.slug().equals("kazakhstan") || summary.slug().equals("turkmenistan")) {
                seed(summary.slug());
            }
        }
    }

    private void seed(String slug) {
        // start-up work acts as the secretariat would
        Viewer secretariat = Viewer.actingForSecretariatOf(slug);
        var zone = networks.of(slug).timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        boolean russianFirst = slug.equals("turkmenistan");
        // the four quarters before this one, each with its regular meeting, held
        for (int back = 4; back >= 1; back--) {
            LocalDate quarterStart = today.minusMonths(3L * back).with(IsoFields.DAY_OF_QUARTER, 1);
            LocalDate day = quarterStart.plusMonths(1).withDayOfMonth(12);
            int quarter = quarterStart.get(IsoFields.QUARTER_OF_YEAR);
            String unctMeeting = "UNCT meeting of " + day.minusDays(2);
            unct.record(slug, new UnctMeetings.NewUnctMeeting(day.minusDays(2), unctMeeting), secretariat);
            Meeting meeting = plan(slug, MeetingType.REGULAR, "Q" + quarter + " " + quarterStart.getYear() + " regular meeting of the network",
                    day, "UN House, conference room 2", "https://meet.example/unmn-" + slug, unctMeeting);
            agenda(meeting, russianFirst);
            meeting.clearAgenda(slug + "-cochair");
            meeting.circulateAgenda();
            meeting.markHeld(clock.instant());
            repository.flush();
            // everyone came, except one agency in two of the four quarters
            List<String> present = new ArrayList<>(attendance.sheet(slug, meeting.id(), secretariat).lines().stream()
                    .map(Attendance.Sheet.Line::organisation).toList());
            if (back % 2 == 0 && !present.isEmpty()) {
                present.remove(present.size() - 1);
            }
            attendance.record(slug, meeting.id(), Set.copyOf(present), secretariat);
            if (back == 4) {
                minutes(slug, meeting, secretariat);
            }
            if (back == 2) {
                UUID mapping = actions.record(slug, meeting.id(), new ActionPoints.NewActionPoint(
                        "Share the mapping of services for returning migrants with all members", "IOM", null, day.plusMonths(1)), secretariat);
                actions.update(slug, mapping, ActionPointStatus.DONE, "Circulated by e-mail", secretariat);
            }
            if (back == 1) {
                actions.record(slug, meeting.id(), new ActionPoints.NewActionPoint(
                        "Prepare a joint note on social protection of migrant workers", "UNDP", null, day.plusDays(30)), secretariat);
                actions.record(slug, meeting.id(), new ActionPoints.NewActionPoint(
                        "Propose dates for the Annual Network Meeting", "IOM", null, today.plusDays(10)), secretariat);
            }
        }
        if (networks.of(slug).meetings().annualNetworkMeeting()) {
            LocalDate december = today.minusYears(1).withMonth(12).withDayOfMonth(4);
            Meeting annual = plan(slug, MeetingType.ANNUAL_NETWORK_MEETING, "Annual Network Meeting " + december.getYear(),
                    december, "Hotel conference hall, with government and civil society partners", null, null);
            annual.addAgendaItem("Review of the network's progress and the joint workplan", AgendaPurpose.DISCUSSION, "IOM", 60);
            annual.addAgendaItem("Emerging challenges and priorities for next year", AgendaPurpose.DISCUSSION, "RCO", 45);
            repository.flush();
            // "to include other relevant stakeholders": the partners, observers and the register's stakeholders
            meetings.invitable(slug, annual.id(), secretariat).forEach(annual::invite);
            annual.clearAgenda(slug + "-cochair");
            annual.circulateAgenda();
            annual.markHeld(clock.instant());
        }
        Meeting extraordinary = plan(slug, MeetingType.EXTRAORDINARY, "Extraordinary meeting on the joint statement for International Migrants Day",
                today.minusMonths(1).withDayOfMonth(20), null, "https://meet.example/unmn-" + slug + "-x", null);
        extraordinary.addAgendaItem("Draft One Voice statement for 18 December", AgendaPurpose.DECISION, "RCO", 40);
        extraordinary.clearAgenda(slug + "-cochair");
        extraordinary.circulateAgenda();
        extraordinary.markHeld(clock.instant());
        Meeting cancelled = plan(slug, MeetingType.EXTRAORDINARY, "Briefing on the regional consultation",
                today.minusMonths(2).withDayOfMonth(8), "UN House", null, null);
        cancelled.cancel("The regional consultation was postponed by its organisers");
        // the UN Country Team's coming meetings, which the planner offers
        unct.record(slug, new UnctMeetings.NewUnctMeeting(today.plusDays(19), "UNCT meeting of " + today.plusDays(19)), secretariat);
        unct.record(slug, new UnctMeetings.NewUnctMeeting(today.plusDays(75), "UNCT retreat " + today.plusDays(75).getYear()), secretariat);
        // this quarter's meeting, its agenda in draft
        LocalDate next = today.plusDays(21);
        Meeting coming = plan(slug, MeetingType.REGULAR, "Q" + next.get(IsoFields.QUARTER_OF_YEAR) + " " + next.getYear()
                + " regular meeting of the network", next, "UN House, conference room 2", "https://meet.example/unmn-" + slug, null);
        agenda(coming, russianFirst);
    }

    /**
     * The minutes of the year's first meeting, written by the secretariat, cleared by a co-chair and disseminated as
     * any minutes are: the members are told, and the library files them.
     */
    private void minutes(String slug, Meeting meeting, Viewer secretariat) {
        List<MeetingView.Item> items = meeting.view().agenda();
        List<String> texts = List.of(
                "The agenda was adopted without changes. The action points of the previous meeting were reviewed.",
                "IOM presented the quarter's migration figures. Members asked for the figures by region and by sex.",
                "UNDP reported on the joint workplan: two of the five activities are under way, the others planned for the next quarter.",
                "No other business was raised.");
        Map<UUID, String> written = new LinkedHashMap<>();
        for (int i = 0; i < items.size() && i < texts.size(); i++) {
            written.put(items.get(i).id(), texts.get(i));
        }
        minutes.write(slug, meeting.id(), written, Minutes.NONE_YET, secretariat);
        Viewer coChair = new Viewer(new UUID(0, 0), slug + "-cochair", false, Map.of(slug, Set.of(NetworkRole.CO_CHAIR)), Set.of(),
                Map.of());
        minutes.clear(slug, meeting.id(), coChair);
        minutes.disseminate(slug, meeting.id(), secretariat);
    }

    private Meeting plan(String slug, MeetingType type, String title, LocalDate day, String place, String link, String unct) {
        return meetings.plan(slug, new NewMeeting(type, null, title, day, LocalTime.of(10, 0), 120, place, link, unct), Actors.SYSTEM);
    }

    private static void agenda(Meeting meeting, boolean russianFirst) {
        meeting.addAgendaItem("Adoption of the agenda and matters arising", AgendaPurpose.DECISION, "IOM", 10);
        meeting.addAgendaItem(russianFirst ? "Update on migration data and the State Migration Service's statistics"
                : "Update on labour migration trends and the Concept of State Migration Policy", AgendaPurpose.INFORMATION, "IOM", 25);
        meeting.addAgendaItem("Joint workplan: progress of activities", AgendaPurpose.DISCUSSION, "UNDP", 30);
        meeting.addAgendaItem("Any other business", AgendaPurpose.INFORMATION, null, 10);
    }
}
