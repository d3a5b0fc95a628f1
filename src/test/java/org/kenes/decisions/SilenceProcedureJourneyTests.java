package org.kenes.decisions;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A silence procedure in a real browser: a co-chair opens it, two member focal points state positions, the deadline
 * passes, it is adopted and numbered, and the secretariat tracks its implementation through an action point.
 */
@KenesIntegrationTest
class SilenceProcedureJourneyTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ConsultationDeadlines deadlines;

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



    private static void givePosition(Page page, String proposalUrl, String position) {
        page.navigate(proposalUrl);
        page.getByLabel(position, new Page.GetByLabelOptions().setExact(true)).check();
        Browser.button(page, "Give the position").click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The position is recorded");
    }

    @Test
    void aCoChairsSilenceProcedureIsAdoptedAtTheDeadlineNumberedAndFollowedThroughAnActionPoint() {
        String title = "Joint advocacy on access to health care for migrant workers " + UUID.randomUUID().toString().substring(0, 6);
        String action = "Brief the Ministry of Health on the joint advocacy " + UUID.randomUUID().toString().substring(0, 6);
        LocalDate deadlineDay = LocalDate.now(ALMATY).plusDays(2);
        try (BrowserContext coChairBrowser = browser.newContext(); BrowserContext undpBrowser = browser.newContext();
             BrowserContext iomBrowser = browser.newContext()) {
            // given a co-chair opens a silence procedure until 18:00 in two days
            Page coChair = Browser.signedIn(coChairBrowser, port, "kazakhstan-cochair");
            coChair.navigate(url("/networks/kazakhstan/decisions/new"));
            coChair.getByLabel("Proposal").fill(title);
            coChair.getByLabel("Text to decide").fill("The members agree to advocate jointly for access of migrant workers to primary health care.");
            coChair.getByLabel("Procedure").selectOption("SILENCE_PROCEDURE");
            coChair.getByLabel("Deadline (Asia/Almaty)").fill(deadlineDay.toString());
            coChair.getByLabel("at", new Page.GetByLabelOptions().setExact(true)).fill("18:00");
            Browser.button(coChair, "Open the consultation").click();
            assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The consultation is open");
            String proposalUrl = coChair.url();
            assertThat(coChair.locator("#status")).hasText("open");

            // when UNDP's and IOM's focal points state their organisations' positions
            givePosition(Browser.signedIn(undpBrowser, port, "kazakhstan-member"), proposalUrl, "support");
            Page iom = Browser.signedIn(iomBrowser, port, "kazakhstan-secretariat");
            givePosition(iom, proposalUrl, "no objection");
            assertThat(iom.locator("#positions")).containsText("UNDP");

            // and the deadline passes
            TestClock.advance(Duration.between(java.time.Instant.now(),
                    ZonedDateTime.of(deadlineDay, LocalTime.of(18, 0), ALMATY).toInstant()).plusMinutes(1));
            deadlines.run();

            // then it is adopted and has its number in the register
            iom.navigate(proposalUrl);
            assertThat(iom.locator("#status")).hasText("adopted");
            String number = iom.locator("#decision-number").textContent().replace("Decision ", "").strip();
            assertThat(number).matches("KZ-" + deadlineDay.getYear() + "-\\d{3}");
            iom.navigate(url("/networks/kazakhstan/decisions/register"));
            assertThat(iom.locator("#register")).containsText(number);
            assertThat(iom.locator("#register")).containsText(title);

            // when the secretariat tracks its implementation through an action point for UNDP
            iom.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(number)).click();
            iom.getByLabel("Action", new Page.GetByLabelOptions().setExact(true)).fill(action);
            iom.getByLabel("Owner organisation").fill("UNDP");
            iom.getByLabel("Due", new Page.GetByLabelOptions().setExact(true)).fill(deadlineDay.plusMonths(1).toString());
            Browser.button(iom, "Add the action point").click();

            // then the decision shows it, in progress, and the tracker follows it with the decision's number
            assertThat(iom.getByRole(AriaRole.STATUS)).containsText("The action point is recorded");
            assertThat(iom.locator("#decision-actions")).containsText(action);
            assertThat(iom.locator("#implementation")).containsText("in progress");
            iom.navigate(url("/networks/kazakhstan/action-points"));
            assertThat(iom.locator("main")).containsText(action);
            assertThat(iom.locator("main")).containsText("implements decision " + number);
        } finally {
            TestClock.reset();
        }
    }
}
