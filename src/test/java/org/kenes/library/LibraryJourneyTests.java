package org.kenes.library;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenes.library.files.LibraryFileTests;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The library in a real browser: a member shares a DOCX and a PDF; both are found by a word inside their files
 * (in another form of the word); the secretariat shares the DOCX with Turkmenistan, where members see it once a
 * co-chair agreed; a co-chair agrees to publish the PDF and the secretariat makes it public; an anonymous visitor
 * then sees exactly that one.
 */
@KenesIntegrationTest
class LibraryJourneyTests {

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

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Shares a document with its file on the form; returns the item's address. */
    private static String shareDocument(Page member, String base, String title, FilePayload file) {
        member.navigate(base + "/networks/kazakhstan/library");
        member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Share with the network")).click();
        member.getByLabel("What you share").selectOption("DOCUMENT");
        member.getByLabel("Type").selectOption("STUDY");
        member.getByLabel("Title").fill(title);
        member.getByLabel("File (for a document)").setInputFiles(file);
        Browser.button(member, "Share").click();
        assertThat(member.getByRole(AriaRole.STATUS)).containsText("Shared.");
        assertThat(member.locator("#files")).containsText(file.name);
        return member.url();
    }

    private static void search(Page page, String base, String network, String words) {
        page.navigate(base + "/networks/" + network + "/library");
        page.getByRole(AriaRole.SEARCHBOX).fill(words);
        Browser.button(page, "Search").click();
    }

    @Test
    void documentsAreFoundByTheirWordsSharedRegionallyAndOneIsPublished() throws Exception {
        String marker = "jr" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 8);
        String survey = "Household survey " + marker;
        String figures = "Border figures " + marker;
        String base = url("");

        try (BrowserContext memberContext = browser.newContext()) {
            Page member = Browser.signedIn(memberContext, port, "kazakhstan-member");
            String surveyPage = shareDocument(member, base, survey, new FilePayload("survey.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    LibraryFileTests.docx("Опрос домохозяйств трудящихся-мигрантов", "Code " + marker)));
            String figuresPage = shareDocument(member, base, figures, new FilePayload("figures.pdf", "application/pdf",
                    LibraryFileTests.pdf("Border crossings by month " + marker)));

            // found by a word inside each file, in another form of that word
            search(member, base, "kazakhstan", "домохозяйство " + marker);
            assertThat(member.locator("#results")).containsText(survey);
            assertThat(member.locator("#results")).not().containsText(figures);
            search(member, base, "kazakhstan", "crossing " + marker);
            assertThat(member.locator("#results")).containsText(figures);
            assertThat(member.locator("#results")).not().containsText(survey);
            assertThat(member.locator("#facets")).containsText("study");

            try (BrowserContext secretariatContext = browser.newContext(); BrowserContext coChairContext = browser.newContext();
                 BrowserContext turkmenContext = browser.newContext(); BrowserContext anonymousContext = browser.newContext()) {
                Page secretariat = Browser.signedIn(secretariatContext, port, "kazakhstan-secretariat");
                Page coChair = Browser.signedIn(coChairContext, port, "kazakhstan-cochair");
                Page turkmen = Browser.signedIn(turkmenContext, port, "turkmenistan-member");

                // the survey is offered to Turkmenistan; its members see it only once a co-chair agreed
                secretariat.navigate(surveyPage);
                secretariat.getByLabel("Network").selectOption("turkmenistan");
                Browser.button(secretariat, "Share with that network").click();
                assertThat(secretariat.locator("#regional")).containsText("awaiting this network's agreement");
                search(turkmen, base, "turkmenistan", marker);
                assertThat(turkmen.locator("#results")).not().containsText(survey);

                coChair.navigate(surveyPage);
                Browser.button(coChair, "Agree (co-chair)").click();
                assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("the other network now sees the item");
                search(turkmen, base, "turkmenistan", "мигранты " + marker);
                assertThat(turkmen.locator("#results")).containsText(survey);
                turkmen.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(survey)).click();
                assertThat(turkmen.locator("#shared-from")).isVisible();
                assertThat(turkmen.locator("#files")).containsText("survey.docx");

                // the figures are published: a co-chair agrees, then the secretariat sets the level
                coChair.navigate(figuresPage);
                Browser.button(coChair, "Agree to publication (co-chair)").click();
                assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("Publication is agreed");
                secretariat.navigate(figuresPage);
                secretariat.locator("#level-choice").selectOption("PUBLIC");
                Browser.button(secretariat, "Set the level").click();
                assertThat(secretariat.locator("#level")).hasText("public");

                // an anonymous visitor sees exactly the published one, in Kazakhstan, and nothing of it in Turkmenistan
                Page anonymous = anonymousContext.newPage();
                anonymous.navigate(base + "/networks/kazakhstan/public/library");
                assertThat(anonymous.locator("main")).containsText(figures);
                assertThat(anonymous.locator("main")).not().containsText(survey);
                anonymous.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(figures)).click();
                assertThat(anonymous.locator("main")).containsText("figures.pdf");
                anonymous.navigate(base + "/networks/turkmenistan/public/library");
                assertThat(anonymous.locator("main")).not().containsText(survey);
                anonymous.navigate(surveyPage);
                assertThat(anonymous.locator("body")).not().containsText(survey);
            }
        }
    }
}
