package org.kenes.network;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kenes.support.Browser;
import org.kenes.support.KenesIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's first steps in Kenes, in a real browser. */
@KenesIntegrationTest
class SignInJourneyTests {

    private static Browser browser;

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;

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

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Username or e-mail").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void theSecretariatSignsInSwitchesToRussianAndSeesTheTwelveObjectivesOfKazakhstan() {
        // given the Kazakhstan secretariat officer signs in
        signIn("kazakhstan-secretariat", "kenes-demo");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the network"))).isVisible();

        // when she switches to Russian and opens her network from the network switcher
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Русский")).click();
        page.locator("summary", new Page.LocatorOptions().setHasText("Сети")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Сеть ООН по миграции (Казахстан)")).click();

        // then the network's page is in Russian, with its twelve objectives
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Сеть ООН по вопросам миграции в Казахстане");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Цели (12)"))).isVisible();
        assertThat(page.locator("#objectives > li")).hasCount(12);
        assertThat(page.locator("#objectives > li").first()).containsText("Содействовать применению");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/kazakhstan-ru.png")).setFullPage(true));

        // and the language is remembered on the next page: Turkmenistan's public page shows its ten objectives
        page.navigate(url("/networks/turkmenistan/public"));
        assertThat(page.locator("#objectives > li")).hasCount(10);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Цели (10)"))).isVisible();
    }

    @Test
    void theTurkmenistanSecretariatSeesTheTenObjectivesOfItsNetwork() {
        // given the Turkmenistan secretariat officer signed in
        signIn("turkmenistan-secretariat", "kenes-demo");

        // when he opens his network
        page.navigate(url("/networks/turkmenistan"));

        // then its ten objectives are listed, and Kazakhstan's own page stays closed to him
        assertThat(page.locator("#objectives > li")).hasCount(10);
        page.navigate(url("/networks/kazakhstan"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Access denied");
    }

    @Test
    void aWrongPasswordGetsAClearMessage() {
        // given the sign-in page, when someone types a wrong password
        signIn("kazakhstan-secretariat", "not-the-password");

        // then they stay on the sign-in page and are told what went wrong
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The username or password is not correct. Check both and try again.");
        assertThat(page.getByLabel("Username or e-mail")).isVisible();
    }

    @Test
    void aFocalPointCreatesAndRevokesAnAccessTokenOnTheProfilePage() {
        // given a focal point signed in, on her profile page
        signIn("kazakhstan-member", "kenes-demo");
        page.navigate(url("/profile"));

        // when she creates a token without a name, then the field says what to fix
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        assertThat(page.locator("#name-error")).hasText("must not be empty");

        // when she names it, then its secret is shown once
        page.getByLabel("Token name").fill("Monthly report");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create token")).click();
        assertThat(page.locator("#issued-secret")).containsText("kenes_");

        // when she revokes it, then it is listed as revoked
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("The token has been revoked.");
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName("revoked"))).isVisible();
    }
}
