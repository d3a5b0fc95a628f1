package org.kenes.meetings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;
import org.kenes.shared.Actors;
import org.kenes.shared.RuleViolation;
import org.kenes.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The UN Country Team's meeting dates, which the ToR asks the network to meet with "whenever possible": the
 * secretariat records them, and proposing a meeting date offers those of the quarter.
 */
@Service
@Transactional
public class UnctMeetings {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnctMeetings(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    public void record(String networkSlug, NewUnctMeeting request, Viewer viewer) {
        MeetingAccess.requireSecretariat(viewer, networkSlug);
        UUID id = UUID.randomUUID();
        int added = jdbc.sql("""
                        insert into meeting_unct_date (id, network_slug, held_on, title, recorded_by, recorded_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, networkSlug, Date.valueOf(request.heldOn()), request.title().strip(),
                        viewer.username(), Timestamp.from(clock.instant()))
                .update();
        if (added == 0) {
            throw new RuleViolation("unct.duplicate", "heldOn", request.heldOn());
        }
        events.publishEvent(new MeetingChanged(networkSlug, id, "unct-meeting-recorded",
                request.heldOn() + " " + request.title().strip(), Actors.current()));
    }

    /** The UNCT meetings of the quarter a day falls in. */
    @Transactional(readOnly = true)
    public List<UnctMeeting> ofQuarter(String networkSlug, LocalDate day, Viewer viewer) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return between(networkSlug, start, start.plusMonths(3), viewer);
    }

    /** The UNCT meetings from one day (inclusive) to another (exclusive), for the network's members. */
    @Transactional(readOnly = true)
    public List<UnctMeeting> between(String networkSlug, LocalDate from, LocalDate to, Viewer viewer) {
        if (!viewer.isMemberOf(networkSlug)) {
            throw new AccessDeniedException("The UNCT calendar is for the network's members");
        }
        return jdbc.sql("""
                        select held_on, title from meeting_unct_date
                        where network_slug = ? and held_on >= ? and held_on < ? order by held_on limit 100""")
                .params(networkSlug, Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new UnctMeeting(rs.getDate(1).toLocalDate(), rs.getString(2))).list();
    }

    public record UnctMeeting(LocalDate heldOn, String title) {

        public int quarter() {
            return heldOn.get(IsoFields.QUARTER_OF_YEAR);
        }
    }

    public record NewUnctMeeting(@NotNull LocalDate heldOn, @NotBlank @Size(max = 300) String title) {
    }
}
