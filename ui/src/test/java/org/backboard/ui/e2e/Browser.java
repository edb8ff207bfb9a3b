package org.backboard.ui.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.backboard.ui.e2e.pages.SignInPage;

/**
 * Headless system Chromium driven by Playwright. Playwright never downloads a browser here
 * (the machines reach no browser download site); it launches Debian's /usr/bin/chromium.
 */
public final class Browser implements AutoCloseable {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String CHROMIUM = System.getProperty("backboard.chromium", "/usr/bin/chromium");

    private static final String REPORT_POLICY_VIOLATIONS = """
            document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy '
                + 'violation: ' + e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at '
                + e.sourceFile + ':' + e.lineNumber));""";

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;
    private final String baseUrl;
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    public Browser(int port) {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new com.microsoft.playwright.BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(CHROMIUM))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        baseUrl = "http://localhost:" + port;
    }

    public Page newPage() {
        return newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1280, 800));
    }

    /** A phone: 390 px wide with touch, in a context of its own (its own cookies, so its own session). */
    public Page newPhonePage() {
        return newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true));
    }

    private Page newPage(com.microsoft.playwright.Browser.NewPageOptions options) {
        Page page = chromium.newPage(options.setLocale("en-US").setBaseURL(baseUrl)); // pages navigate by path
        page.setDefaultTimeout(15_000);
        // what the Content-Security-Policy blocks, reported through the console, where Playwright sees it
        page.addInitScript(REPORT_POLICY_VIOLATIONS);
        page.onConsoleMessage(message -> recordPolicyViolation(message.text()));
        return page;
    }

    public Page signIn(String username, String password) {
        Page page = newPage();
        SignInPage.open(page).signIn(username, password);
        return page;
    }

    private void recordPolicyViolation(String message) {
        if (message.contains("Content Security Policy")) {
            policyViolations.add(message);
        }
    }

    /** What the Content-Security-Policy blocked in any page of this browser so far. */
    public List<String> policyViolations() {
        return List.copyOf(policyViolations);
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** Vaadin has answered every round trip: the title and the components are the server's latest. */
    public static void settle(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()) && document.title !== ''");
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
