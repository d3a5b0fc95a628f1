package org.kenes.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.component.VEvent;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenes.notifications.Mailroom;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A quarter of a network's life in a real browser: the secretariat plans the regular meeting, drafts its agenda, a
 * co-chair clears it, it is circulated and then moved; the meeting is held with one member unrepresented; minutes
 * with an action point are written, cleared and disseminated; the action point is followed up.
 */
@KenesIntegrationTest
class QuarterJourneyTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String UNDP = "n.abenov@undp.example";

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }



    /** Sends what the outbox holds until the message arrives; the outbox is filled just after the commit. */
    private MimeMessage mail(String subject, String recipient) throws Exception {
        for (int i = 0; i < 150; i++) {
            Mailroom.deliver(context);
            var found = Arrays.stream(TestMailServer.get().getReceivedMessages())
                    .filter(m -> subject(m).equals(subject) && recipient(m).equals(recipient)).toList();
            if (!found.isEmpty()) {
                assertThat(found).as("one message '" + subject + "' to " + recipient).hasSize(1);
                return found.getFirst();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail '" + subject + "' to " + recipient);
    }

    @Test
    void aQuarterFromPlanningToTheFollowUpOfItsActionPoint() throws Exception {
        LocalDate day = LocalDate.now(ALMATY).plusDays(10);
        String title = "Regular meeting on return and reintegration " + UUID.randomUUID().toString().substring(0, 6);
        String action = "Share the referral pathway for returning migrants " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext secretariatBrowser = browser.newContext(); BrowserContext coChairBrowser = browser.newContext()) {
            // given the Kazakhstan secretariat plans the quarter's regular meeting at 10:00 in Astana's time
            Page secretariat = Browser.signedIn(secretariatBrowser, port, "kazakhstan-secretariat");
            secretariat.navigate(url("/networks/kazakhstan/meetings/new"));
            secretariat.getByLabel("Title").fill(title);
            secretariat.getByLabel("Date (Asia/Almaty)").fill(day.toString());
            secretariat.getByLabel("Time", new Page.GetByLabelOptions().setExact(true)).fill("10:00");
            Browser.button(secretariat, "Plan a meeting").click();
            assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("The meeting has been planned");
            String meetingUrl = secretariat.url();
            UUID meeting = UUID.fromString(meetingUrl.substring(meetingUrl.lastIndexOf('/') + 1));

            // and drafts its agenda, which a co-chair clears and the secretariat circulates
            secretariat.getByLabel("Agenda item").fill("Situation of migrant workers returning from abroad");
            Browser.button(secretariat, "Add to the agenda").click();
            Page coChair = Browser.signedIn(coChairBrowser, port, "kazakhstan-cochair");
            coChair.navigate(meetingUrl);
            Browser.button(coChair, "Clear the agenda (co-chair)").click();
            assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The agenda has been cleared");
            secretariat.navigate(meetingUrl);
            Browser.button(secretariat, "Circulate the agenda").click();
            assertThat(secretariat.locator("#status")).hasText("agenda circulated");

            // then UNDP's focal point, who works in Russian, has the invitation, which another library reads at 10:00 Almaty
            VEvent invited = event(mail("Повестка дня: " + title + ", " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + " 10:00", UNDP));
            assertThat(invited.getUid().getValue()).isEqualTo(meeting + "@kenes");
            assertThat(invited.getSequence().getValue()).isZero();
            assertThat(invited.getDateStart().getValue().toInstant()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(10, 0), ALMATY).toInstant());

            // when the secretariat moves the meeting to 11:30
            secretariat.getByText("Change the date or time").click();
            secretariat.locator("#newTime").fill("11:30");
            Browser.button(secretariat, "Move the meeting").click();
            assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("The meeting has been moved");

            // then the update is the same calendar event, with a higher sequence and the new time
            VEvent moved = event(mail("Изменено: " + title + ", теперь " + day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                    + " 11:30", UNDP));
            assertThat(moved.getUid().getValue()).isEqualTo(invited.getUid().getValue());
            assertThat(moved.getSequence().getValue()).isEqualTo(1);
            assertThat(moved.getDateStart().getValue().toInstant()).isEqualTo(ZonedDateTime.of(day, LocalTime.of(11, 30), ALMATY).toInstant());

            // when the day has come and gone, the secretariat records the meeting as held and who attended, all but one member
            TestClock.advance(Duration.ofDays(11));
            secretariat.navigate(meetingUrl);
            Browser.button(secretariat, "Record that the meeting was held").click();
            assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("The meeting is recorded as held");
            Locator boxes = secretariat.locator("input[name=attended]");
            int members = boxes.count();
            assertThat(members).isGreaterThan(2);
            for (int i = 0; i < members - 1; i++) {
                boxes.nth(i).check();
            }
            String absent = boxes.nth(members - 1).getAttribute("value");
            Browser.button(secretariat, "Record attendance").click();

            // then the member that was not represented is flagged
            assertThat(secretariat.getByRole(AriaRole.ALERT)).containsText("Not represented: " + absent);

            // when the secretariat writes the minutes with one action point for UNDP
            secretariat.navigate(meetingUrl + "/minutes");
            secretariat.getByLabel("Minutes of this item").fill("IOM presented the returns data; members agreed to map referral services.");
            Browser.button(secretariat, "Save the draft").click();
            assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("The draft minutes have been saved");
            secretariat.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill(action);
            secretariat.getByLabel("Owner organisation").fill("UNDP");
            secretariat.getByLabel("Due").fill(LocalDate.now(ALMATY).plusDays(11 + 30).toString());
            Browser.button(secretariat, "Add the action point").click();
            assertThat(secretariat.locator("#meeting-actions")).containsText(action);

            // and a co-chair clears them and the secretariat disseminates them
            coChair.navigate(meetingUrl + "/minutes");
            Browser.button(coChair, "Clear the minutes (co-chair)").click();
            assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The minutes have been cleared");
            secretariat.navigate(meetingUrl + "/minutes");
            Browser.button(secretariat, "Disseminate the minutes").click();
            assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("The minutes have been disseminated");

            // then the members are told where to read them
            String notice = (String) mail("Протокол: " + title, UNDP).getContent();
            assertThat(notice).contains("/networks/kazakhstan/meetings/" + meeting + "/minutes");

            // and the action point is in the tracker
            secretariat.navigate(url("/networks/kazakhstan/action-points"));
            assertThat(secretariat.locator("main")).containsText(action);

            // and in the matters arising of the next quarter's meeting
            secretariat.navigate(url("/networks/kazakhstan/meetings/new"));
            secretariat.getByLabel("Title").fill("Next regular meeting after " + title);
            secretariat.getByLabel("Date (Asia/Almaty)").fill(day.plusMonths(3).toString());
            Browser.button(secretariat, "Plan a meeting").click();
            assertThat(secretariat.locator("#matters-arising")).containsText(action);
        } finally {
            TestClock.reset();
        }
    }

    private static VEvent event(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        String ics = new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return Biweekly.parse(ics).first().getEvents().getFirst();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
