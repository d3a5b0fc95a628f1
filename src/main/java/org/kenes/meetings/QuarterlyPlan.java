package org.kenes.meetings;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A network's year in quarters. A quarter that has passed, or is under way, without a regular meeting is
 * flagged, and so is a year without its Annual Network Meeting (where the ToR asks for one).
 */
public record QuarterlyPlan(int year, List<Quarter> quarters, List<MeetingView> annualMeetings,
                            boolean annualMeetingRequired, ZonedDateTime now) {

    public boolean annualMeetingMissing() {
        return annualMeetingRequired && annualMeetings.isEmpty();
    }

    public List<Quarter> quartersWithoutMeeting() {
        return quarters.stream().filter(q -> q.meetings().isEmpty() && startOf(q.number()) <= nowIndex()).toList();
    }

    private int startOf(int quarter) {
        return year * 4 + quarter - 1;
    }

    private int nowIndex() {
        return now.getYear() * 4 + (now.getMonthValue() - 1) / 3;
    }

    public record Quarter(int number, List<MeetingView> meetings) {

        public boolean held() {
            return meetings.stream().anyMatch(m -> m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.MINUTES_DISSEMINATED);
        }
    }
}
