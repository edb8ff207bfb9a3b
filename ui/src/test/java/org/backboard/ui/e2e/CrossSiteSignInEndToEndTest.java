package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.backboard.ui.e2e.pages.SignInPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Login CSRF: a page on another site (127.0.0.1 at another port, against the app on localhost) posts
 * an attacker's user name and password to /login. Had it worked, the victim would go on working
 * in the attacker's account. The sign-in must demand the token its own page carries.
 */
class CrossSiteSignInEndToEndTest extends EndToEndTest {

    /** The attacker's account in the cross-site attempts; a clinician's own in the expired page. */
    private static final String ACCOUNT = "therapist2";
    private static final String PASSWORD = "demo-therapist";

    private HttpServer otherSite;

    @BeforeAll
    void startTheOtherSite() throws IOException {
        otherSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherSite.createContext("/no-token", exchange -> serve(exchange, signInForm("")));
        otherSite.createContext("/forged-token", exchange -> serve(exchange,
                signInForm("<input type=hidden name=_csrf value=0d8a7f4e-forged-token-4b1c-9e2a-5f3d6c7b8a91>")));
        otherSite.start();
    }

    @AfterAll
    void stopTheOtherSite() {
        otherSite.stop(0);
    }

    @Test
    void aFormOnAnotherSiteWithoutATokenDoesNotSignTheBrowserIn() {
        assertTheCrossSiteFormFails("/no-token");
    }

    @Test
    void aFormOnAnotherSiteWithAForgedTokenDoesNotSignTheBrowserIn() {
        assertTheCrossSiteFormFails("/forged-token");
    }

    @Test
    void aSignInPageLeftOpenPastItsSessionAsksToSignInAgain() {
        Page page = browser.newPage();
        SignInPage signIn = SignInPage.open(page);
        signIn.fill(ACCOUNT, PASSWORD); // the view is up: its client no longer needs the session to show the form
        page.context().clearCookies(); // the session behind the open page ends, and its token with it
        signIn.submit();

        page.waitForURL(url -> url.contains("/login?expired"));
        assertThat(signIn.expiredNotice()).isVisible();
        Browser.screenshot(page, "40-sign-in-page-expired");
        signIn.signIn(ACCOUNT, PASSWORD);
        page.close();
    }

    private void assertTheCrossSiteFormFails(String form) {
        int signInsBefore = signIns();
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + otherSite.getAddress().getPort() + form);
        page.waitForURL(url -> url.startsWith(browser.url("/"))); // the form has posted itself to the app

        page.navigate(browser.url("/"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(new SignInPage(page).logInButton()).isVisible();
        assertThat(signIns()).as("sign-ins recorded for " + ACCOUNT).isEqualTo(signInsBefore);
        page.close();
    }

    private String signInForm(String extraField) {
        return """
                <!doctype html><html><body onload="document.forms[0].submit()">
                <form method="post" action="%s">
                <input name="username" value="%s"><input name="password" value="%s">%s
                </form></body></html>""".formatted(browser.url("/login"), ACCOUNT, PASSWORD, extraField);
    }

    private static void serve(com.sun.net.httpserver.HttpExchange exchange, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private int signIns() {
        Integer count = jdbc.queryForObject("""
                select count(*) from audit_event e join clinician c on c.id = e.actor_id
                 where c.username = ? and e.action = 'SIGN_IN'""", Integer.class, ACCOUNT);
        return count == null ? 0 : count;
    }
}
