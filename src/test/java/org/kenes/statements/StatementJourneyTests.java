package org.kenes.statements;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kenes.decisions.Consultations;
import org.kenes.notifications.Mailroom;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.kenes.support.TestClock;
import org.kenes.support.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A One Voice joint statement in a real browser: a co-chair drafts it in English and Russian and writes a second
 * version, puts it to the members, who endorse it by silence; it is made public, signed off by both co-chairs (one
 * recorded by the secretariat) and delivered; an anonymous visitor then reads it on the network's public page. A draft
 * that was never endorsed stays invisible to everyone outside the network's members all along.
 */
@KenesIntegrationTest
class StatementJourneyTests {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired ApplicationContext context;
    @Autowired Consultations consultations;

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



    /** Drafts a statement in both languages on the form, and returns its address. */
    private static String draft(Page coChair, String base, String title, String russianTitle) {
        coChair.navigate(base + "/networks/kazakhstan/statements");
        coChair.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Draft a statement")).click();
        coChair.getByLabel("Title (English)").fill(title);
        coChair.getByLabel("Text (English)").fill("On International Migrants Day the Network calls for decent work for migrant workers.");
        coChair.getByLabel("Title (Russian)").fill(russianTitle);
        coChair.getByLabel("Text (Russian)").fill("В Международный день мигрантов Сеть призывает к достойному труду для трудящихся-мигрантов.");
        Browser.button(coChair, "Save the draft").click();
        assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The draft is saved as version 1");
        return coChair.url();
    }

    /** Sends what the outbox holds until a message with this subject has arrived; the number of its recipients. */
    private long mails(String subject) throws Exception {
        for (int i = 0; i < 150; i++) {
            Mailroom.deliver(context);
            long found = Arrays.stream(TestMailServer.get().getReceivedMessages()).filter(m -> {
                try {
                    return subject.equals(m.getSubject());
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
            if (found > 0) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no e-mail '" + subject + "'");
    }

    /** The statement's own address and its internal draft: invisible outside the members of the network. */
    private void invisibleOutsideTheBody(BrowserContext anonymous, Page partner, Page observer, String statementUrl, String title) {
        String id = statementUrl.substring(statementUrl.lastIndexOf('/') + 1);
        Page visitor = anonymous.newPage();
        visitor.navigate(url("/networks/kazakhstan/public"));
        // once the public page has pulled in its list of statements
        assertThat(visitor.locator("#published-statements")).containsText("Atom feed");
        assertThat(visitor.locator("#published-statements")).not().containsText(title);
        visitor.navigate(url("/networks/kazakhstan/public/statements"));
        assertThat(visitor.locator("main")).not().containsText(title);
        Response direct = visitor.navigate(url("/networks/kazakhstan/public/statements/" + id));
        assertThat(direct.status()).isEqualTo(404);
        visitor.navigate(statementUrl);
        assertThat(visitor.url()).endsWith("/login");
        visitor.close();
        for (Page outsider : new Page[] {partner, observer}) {
            Response response = outsider.navigate(statementUrl);
            assertThat(response.status()).isEqualTo(404);
            assertThat(outsider.locator("main")).not().containsText(title);
            outsider.navigate(url("/networks/kazakhstan/statements"));
            assertThat(outsider.locator("main")).not().containsText(title);
        }
    }

    @Test
    void aJointStatementGoesFromDraftThroughEndorsementAndSignOffToThePublicPage() throws Exception {
        String mark = UUID.randomUUID().toString().substring(0, 6);
        String title = "Joint statement for International Migrants Day " + mark;
        String russianTitle = "Совместное заявление к Международному дню мигрантов " + mark;
        String unendorsed = "Joint statement on climate mobility " + mark;
        try (BrowserContext coChairBrowser = browser.newContext(); BrowserContext secretariatBrowser = browser.newContext();
             BrowserContext partnerBrowser = browser.newContext(); BrowserContext observerBrowser = browser.newContext();
             BrowserContext anonymous = browser.newContext()) {
            // given a co-chair drafts two statements in English and Russian; one of them will never be endorsed
            Page coChair = Browser.signedIn(coChairBrowser, port, "kazakhstan-cochair");
            String statementUrl = draft(coChair, url(""), title, russianTitle);
            String draftUrl = draft(coChair, url(""), unendorsed, "Совместное заявление о климатической мобильности " + mark);
            Page partner = Browser.signedIn(partnerBrowser, port, "kazakhstan-partner");
            Page observer = Browser.signedIn(observerBrowser, port, "kazakhstan-observer");

            // and writes a second version of the first, whose difference is readable word by word
            coChair.navigate(statementUrl);
            Browser.button(coChair, "Write a new version").click();
            coChair.getByLabel("Text (English)").fill("On International Migrants Day the Network calls for decent work and social "
                    + "protection for migrant workers and their families.");
            coChair.getByLabel("What changed (optional)").fill("Social protection and families added");
            Browser.button(coChair, "Save the new version").click();
            assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The new version is saved");
            assertThat(coChair.locator("#difference-en ins")).containsText(new String[] {"and social protection", "and their families"});
            assertThat(coChair.locator("#difference-ru")).containsText("Unchanged in this language");
            // then neither draft is seen by anyone outside the network's members
            invisibleOutsideTheBody(anonymous, partner, observer, statementUrl, title);

            // when the co-chair puts version 2 to the members by silence procedure
            coChair.navigate(statementUrl);
            coChair.getByLabel("Procedure").selectOption("SILENCE_PROCEDURE");
            coChair.getByLabel("Deadline (Asia/Almaty)").fill(LocalDate.now(ALMATY).plusDays(2).toString());
            Browser.button(coChair, "Put version 2 to the members").click();
            assertThat(coChair.locator("#status")).hasText("put to the members");
            String consultation = coChair.locator("#consultation").getAttribute("href");
            UUID proposal = UUID.fromString(consultation.substring(consultation.lastIndexOf('/') + 1));

            // and no member breaks silence before the deadline
            TestClock.advance(Duration.between(Instant.now(), consultations.forNotice("kazakhstan", proposal).deadline().toInstant())
                    .plusSeconds(1));
            consultations.closeIfDue(proposal);

            // then it is endorsed, and both co-chairs are asked to sign it off
            for (int i = 0; i < 50 && !coChair.locator("#status").textContent().equals("endorsed, awaiting sign-off"); i++) {
                Thread.sleep(200);
                coChair.reload();
            }
            assertThat(coChair.locator("#status")).hasText("endorsed, awaiting sign-off");
            assertThat(mails("Sign-off requested: " + title)).isEqualTo(2);

            // when the co-chair makes it public and signs it off, and the secretariat records the other co-chair's sign-off
            coChair.locator("#level-choice").selectOption("PUBLIC");
            Browser.button(coChair, "Set the level").click();
            assertThat(coChair.locator("#level")).hasText("public");
            Browser.button(coChair, "Sign off as UN Resident Coordinator").click();
            assertThat(coChair.getByRole(AriaRole.STATUS)).containsText("The sign-off is recorded");
            Page secretariat = Browser.signedIn(secretariatBrowser, port, "kazakhstan-secretariat");
            secretariat.navigate(statementUrl);
            Browser.button(secretariat, "Record the co-chair's sign-off").click();
            assertThat(secretariat.locator("#status")).hasText("signed off, to be delivered");

            // and the co-chair records its delivery today
            coChair.navigate(statementUrl);
            coChair.getByLabel("Occasion").fill("International Migrants Day event, Astana");
            Browser.button(coChair, "Record the delivery").click();
            assertThat(coChair.locator("#status")).hasText("delivered");

            // then an anonymous visitor finds it on the network's public page, in English and in Russian
            Page visitor = anonymous.newPage();
            visitor.navigate(url("/networks/kazakhstan/public"));
            Locator published = visitor.locator("#published-statements");
            assertThat(published).containsText(title);
            assertThat(published).not().containsText(unendorsed);
            published.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title)).click();
            assertThat(visitor.locator("#text-en")).containsText("decent work and social protection for migrant workers and their families");
            assertThat(visitor.locator("#text-ru")).containsText(russianTitle);
            assertThat(visitor.locator("#delivered")).containsText("International Migrants Day event, Astana");
            assertThat(visitor.locator("#co-chairs li")).hasCount(2);
            // and in the feed
            assertThat(visitor.navigate(url("/networks/kazakhstan/public/statements.atom")).text()).contains(title);

            // while the draft that was never endorsed stays invisible outside the body
            invisibleOutsideTheBody(anonymous, partner, observer, draftUrl, unendorsed);
            visitor.navigate(url("/networks/kazakhstan/public"));
            assertThat(visitor.locator("#published-statements")).containsText(title);
            assertThat(visitor.locator("main")).not().containsText(unendorsed);
        } finally {
            TestClock.reset();
        }
    }
}
