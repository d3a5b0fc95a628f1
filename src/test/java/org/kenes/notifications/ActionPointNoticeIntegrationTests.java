package org.kenes.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kenes.meetings.ActionPointReminders;
import org.kenes.meetings.ActionPoints;
import org.kenes.meetings.AgendaPurpose;
import org.kenes.meetings.MeetingType;
import org.kenes.meetings.Meetings;
import org.kenes.meetings.NewAgendaItem;
import org.kenes.meetings.NewMeeting;
import org.kenes.shared.Viewer;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

@KenesIntegrationTest
class ActionPointNoticeIntegrationTests {

    @Autowired Meetings meetings;
    @Autowired ActionPoints actions;
    @Autowired ActionPointReminders reminders;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired org.kenes.shared.ViewerSource viewers;

    private Viewer viewer(String username) {
        var principal = (org.kenes.identity.KenesPrincipal) users.loadUserByUsername(username);
        return viewers.viewerOf(principal.accountId(), username, principal.platformAdmin());
    }

    private List<String> noticesFor(UUID action, String kind, int waitForAtLeast) throws InterruptedException {
        List<String> recipients = List.of();
        for (int i = 0; i < 50; i++) {
            recipients = jdbc.sql("select recipient from notification_outbox where cause = ? and subject like ?")
                    .params("action:" + action, "%").query(String.class).list();
            if (recipients.size() >= waitForAtLeast) {
                break;
            }
            Thread.sleep(100);
        }
        return recipients;
    }

    @Test
    void theOwnerIsRemindedBeforeTheDueDateAndNoOneAfterItWasClosed() throws Exception {
        // given an action point for UNDP Turkmenistan, due tomorrow
        Viewer secretariat = viewer("turkmenistan-secretariat");
        UUID meeting = meetings.plan("turkmenistan", new NewMeeting(MeetingType.EXTRAORDINARY, null, "Briefing on return migration",
                LocalDate.now().minusDays(5), LocalTime.of(10, 0), 60, "UN House", null, null), secretariat);
        meetings.addAgendaItem("turkmenistan", meeting, new NewAgendaItem("Returns", AgendaPurpose.DISCUSSION, "IOM", 20), secretariat);
        meetings.clearAgenda("turkmenistan", meeting, viewer("turkmenistan-cochair"));
        meetings.circulateAgenda("turkmenistan", meeting, secretariat);
        meetings.markHeld("turkmenistan", meeting, secretariat);
        UUID action = actions.record("turkmenistan", meeting, new ActionPoints.NewActionPoint("Send the returnee survey draft",
                "UNDP", null, LocalDate.now().plusDays(1)), secretariat);

        // when the morning reminders run
        reminders.remind();

        // then UNDP's focal point is reminded, and no one of another organisation
        assertThat(noticesFor(action, "due-soon", 1)).containsExactly("b.orazov@undp.example");

        // when UNDP closes it and the reminders run again, then no overdue reminder follows, and no second one
        actions.update("turkmenistan", action, org.kenes.meetings.ActionPointStatus.DONE, "Draft sent", viewer("turkmenistan-member"));
        reminders.remind();
        Thread.sleep(500);
        assertThat(noticesFor(action, "", 0)).hasSize(1);
    }
}
