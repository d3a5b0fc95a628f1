package org.kenes.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.shared.RuleViolation;

/** The order of a meeting's life that the ToR sets, without Spring. */
class MeetingRulesTests {

    private static Meeting quarterly() {
        return new Meeting("kazakhstan", null, MeetingType.REGULAR, "Q1 meeting", Instant.parse("2026-02-12T05:00:00Z"),
                ZoneId.of("Asia/Almaty"), 120, "UN House", null, null);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
            return null;
        } catch (RuleViolation e) {
            return e.messageKey();
        }
    }

    @Test
    void agendasAreClearedByACoChairBeforeTheyAreCirculated() {
        // given a planned meeting with a drafted agenda
        Meeting meeting = quarterly();
        meeting.addAgendaItem("Matters arising", AgendaPurpose.DECISION, "IOM", 10);

        // when the secretariat circulates it before a co-chair cleared it, then it is refused
        assertThat(refusal(meeting::circulateAgenda)).isEqualTo("meeting.agenda.notCleared");

        // when a co-chair has cleared it, then it is circulated, and it can no longer change
        meeting.clearAgenda("kazakhstan-cochair");
        meeting.circulateAgenda();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.AGENDA_CIRCULATED);
        assertThat(refusal(() -> meeting.addAgendaItem("Late item", AgendaPurpose.INFORMATION, null, 5)))
                .isEqualTo("meeting.notPossibleWhen.AGENDA_CIRCULATED");
    }

    @Test
    void anEmptyAgendaIsNotCleared() {
        assertThat(refusal(() -> quarterly().clearAgenda("kazakhstan-cochair"))).isEqualTo("meeting.agenda.empty");
    }

    @Test
    void aMeetingIsHeldOnlyAfterItsAgendaWasCirculatedAndItsTimeHasCome() {
        Meeting meeting = quarterly();
        assertThat(refusal(() -> meeting.markHeld(Instant.parse("2026-03-01T00:00:00Z")))).isEqualTo("meeting.notPossibleWhen.PLANNED");
        meeting.addAgendaItem("Matters arising", AgendaPurpose.DECISION, "IOM", 10);
        meeting.clearAgenda("kazakhstan-cochair");
        meeting.circulateAgenda();
        assertThat(refusal(() -> meeting.markHeld(Instant.parse("2026-02-01T00:00:00Z")))).isEqualTo("meeting.held.notYet");
        meeting.markHeld(Instant.parse("2026-02-12T08:00:00Z"));
        assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void aCancellationGivesItsReasonAndCalendarsFollowChanges() {
        // given a circulated meeting, whose calendar sequence is 0
        Meeting meeting = quarterly();
        meeting.addAgendaItem("Matters arising", AgendaPurpose.DECISION, "IOM", 10);
        meeting.clearAgenda("kazakhstan-cochair");
        meeting.circulateAgenda();
        assertThat(meeting.view().calendarSequence()).isZero();

        // when it is moved, then the same event is updated
        meeting.reschedule(Instant.parse("2026-02-13T05:00:00Z"), 90);
        assertThat(meeting.view().calendarSequence()).isEqualTo(1);

        // when it is cancelled without a reason, then that is refused; with one, it is cancelled and calendars told
        assertThat(refusal(() -> meeting.cancel(" "))).isEqualTo("meeting.cancel.reasonNeeded");
        meeting.cancel("The co-chairs are travelling");
        assertThat(meeting.view().status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(meeting.view().calendarSequence()).isEqualTo(2);
    }

    @Test
    void aWorkingGroupMeetingBelongsToAWorkingGroup() {
        assertThatThrownBy(() -> new Meeting("kazakhstan", UUID.randomUUID(), MeetingType.REGULAR, "x", Instant.now(),
                ZoneId.of("Asia/Almaty"), 60, null, null, null)).hasMessage("meeting.type.workingGroup");
    }

    @Test
    void theAnnualNetworkMeetingIncludesOtherRelevantStakeholders() {
        Invitee centre = new Invitee(UUID.randomUUID(), "AMSC", "Almaty Migrant Support Centre", "Алматинский центр поддержки мигрантов",
                "Гульнара Ермекова", "g.ermekova@amsc.example");
        // given a regular meeting, when the secretariat invites a stakeholder, then it is refused: it is for the members
        assertThat(refusal(() -> quarterly().invite(centre))).isEqualTo("meeting.invitees.notForType");

        // given the Annual Network Meeting, when the stakeholder is invited, then it is, once
        Meeting annual = new Meeting("kazakhstan", null, MeetingType.ANNUAL_NETWORK_MEETING, "Annual Network Meeting",
                Instant.parse("2026-12-04T04:00:00Z"), ZoneId.of("Asia/Almaty"), 240, "Astana", null, null);
        annual.invite(centre);
        assertThat(annual.invitedOrganisations()).containsExactly(centre.organisationId());
        assertThat(refusal(() -> annual.invite(centre))).isEqualTo("meeting.invitees.already");

        // and once the meeting was held, its invitations no longer change
        annual.addAgendaItem("Review of the year", AgendaPurpose.DISCUSSION, "IOM", 60);
        annual.clearAgenda("kazakhstan-cochair");
        annual.circulateAgenda();
        annual.markHeld(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(refusal(() -> annual.withdrawInvitation(centre.organisationId()))).isEqualTo("meeting.invitees.tooLate");
    }

    @Test
    void aMovedMeetingIsTheSameCalendarEventWithAHigherSequence() {
        // given a planned meeting, when it is moved by a day, then its calendar sequence rises
        Meeting meeting = quarterly();
        meeting.reschedule(Instant.parse("2026-02-13T05:00:00Z"), 120);
        assertThat(meeting.view().calendarSequence()).isEqualTo(1);
        assertThat(meeting.startsAt()).isEqualTo(Instant.parse("2026-02-13T05:00:00Z"));

        // when it is "moved" to the same time, then it is refused and the sequence stays
        assertThat(refusal(() -> meeting.reschedule(Instant.parse("2026-02-13T05:00:00Z"), 120))).isEqualTo("meeting.reschedule.unchanged");
        assertThat(meeting.view().calendarSequence()).isEqualTo(1);
    }
}
