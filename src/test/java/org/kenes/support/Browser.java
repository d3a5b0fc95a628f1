package org.kenes.support;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** Headless Debian Chromium driven by Playwright; test tools never download a browser of their own. */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("kenes.test.chromium", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Starts Chromium; where it is not installed the test is skipped, except in CI, which installs it. */
    public static Browser start() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("Chromium is required in CI but missing at " + CHROMIUM);
            }
            Assumptions.abort("Browser test skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        }
        return new Browser();
    }

    /** A page signed in as a demo person (password {@code kenes-demo}) on the server at that port. */
    public static com.microsoft.playwright.Page signedIn(com.microsoft.playwright.BrowserContext context, int port, String username) {
        com.microsoft.playwright.Page page = context.newPage();
        page.navigate("http://localhost:" + port + "/login");
        page.getByLabel("Username or e-mail").fill(username);
        page.getByLabel("Password").fill("kenes-demo");
        button(page, "Sign in").click();
        return page;
    }

    /** The button with exactly this name. */
    public static com.microsoft.playwright.Locator button(com.microsoft.playwright.Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public com.microsoft.playwright.BrowserContext newContext() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("en-GB"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
