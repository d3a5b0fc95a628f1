package org.kenes.membership;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestMailServer;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The secretariat keeps the member list and shares it, in a real browser, with a real SMTP server behind. */
@KenesIntegrationTest
class MemberListJourneyTests {

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

    @Test
    void theSecretariatAddsAMemberAgencySharesTheListAndTheCyrillicNameArrivesIntact() throws Exception {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            // given the Kazakhstan secretariat officer, signed in
            page.navigate(url("/login"));
            page.getByLabel("Username or e-mail").fill("kazakhstan-secretariat");
            page.getByLabel("Password").fill("kenes-demo");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

            // when she adds WFP with a principal focal point (Cyrillic name) and an alternate
            page.navigate(url("/networks/kazakhstan/members"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a member organisation")).click();
            page.getByLabel("Acronym").fill("WFP");
            page.locator("[id='principal.fullName']").fill("Жанна Калиева");
            page.locator("[id='principal.position']").fill("Head of Programme");
            page.locator("[id='principal.email']").fill("zh.kalieva@wfp.example");
            page.locator("[id='principal.languages']").fill("ru,kk");
            page.locator("[id='alternate.fullName']").fill("John Carter");
            page.locator("[id='alternate.email']").fill("j.carter@wfp.example");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add a member organisation")).click();

            // then WFP's page lists both focal points
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("The member organisation has been added.");
            assertThat(page.locator("#focal-points")).containsText("Жанна Калиева");
            assertThat(page.locator("#focal-points")).containsText("John Carter");

            // when she shares the member list with every focal point
            int before = TestMailServer.get().getReceivedMessages().length;
            page.navigate(url("/networks/kazakhstan/members"));
            assertThat(page.locator("#member-list")).containsText("WFP");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/member-list.png")).setFullPage(true));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share the member list with every focal point")).click();

            // then she is told how many received it, and the new focal point's e-mail carries the PDF
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("has been shared with");
            MimeMessage[] received = TestMailServer.get().getReceivedMessages();
            assertThat(received.length).isGreaterThan(before);
            MimeMessage toWfp = Arrays.stream(received).skip(before)
                    .filter(m -> recipient(m).equals("zh.kalieva@wfp.example")).findFirst().orElseThrow();
            byte[] pdf = ((MimeMultipart) toWfp.getContent()).getBodyPart(1).getInputStream().readAllBytes();
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                // the Cyrillic name reads back intact, and so does the rest of the list
                assertThat(text).contains("Жанна Калиева").contains("John Carter").contains("WFP");
            }
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
