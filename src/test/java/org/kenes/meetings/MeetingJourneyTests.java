package org.kenes.meetings;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The secretariat and a co-chair prepare a meeting, in a real browser. */
@KenesIntegrationTest
class MeetingJourneyTests {

    private static Browser browser;

    @LocalServerPort
    int port;

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


    @Test
    void theSecretariatDraftsACoChairClearsAndTheSecretariatCirculatesTheAgenda() {
        try (BrowserContext secretariatBrowser = browser.newContext(); BrowserContext coChairBrowser = browser.newContext()) {
            // given the Turkmenistan secretariat officer plans a regular meeting
            Page secretariat = Browser.signedIn(secretariatBrowser, port, "turkmenistan-secretariat");
            secretariat.navigate("http://localhost:" + port + "/networks/turkmenistan/meetings/new");
            secretariat.getByLabel("Title").fill("Regular meeting on the data group's findings");
            secretariat.getByLabel("Date (Asia/Ashgabat)").fill(LocalDate.now().plusDays(30).toString());
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Plan a meeting")).click();
            assertThat(secretariat.getByRole(AriaRole.STATUS)).containsText("The meeting has been planned");

            // and drafts an agenda item
            secretariat.getByLabel("Agenda item").fill("Findings of the data group");
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the agenda")).click();
            assertThat(secretariat.locator("#agenda")).containsText("Findings of the data group");
            String meetingUrl = secretariat.url();

            // when she tries to circulate it, there is no such button yet: a co-chair must clear it first
            assertThat(secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Circulate the agenda"))).hasCount(0);

            // when the co-chair clears it
            Page coChair = Browser.signedIn(coChairBrowser, port, "turkmenistan-cochair");
            coChair.navigate(meetingUrl);
            coChair.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Clear the agenda (co-chair)")).click();
            assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The agenda has been cleared");

            // then the secretariat circulates it, and the meeting says so
            secretariat.navigate(meetingUrl);
            secretariat.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Circulate the agenda")).click();
            assertThat(secretariat.locator("#status")).hasText("agenda circulated");
        }
    }
}
