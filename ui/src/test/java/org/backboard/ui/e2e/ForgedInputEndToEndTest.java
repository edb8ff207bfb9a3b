package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.backboard.ui.e2e.pages.AuditPage;
import org.backboard.ui.e2e.pages.RosterPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What an attacker sends instead of what the page would: Vaadin's messages rewritten on their way
 * to the server, and text no keyboard types. Each is refused without an incident or a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class ForgedInputEndToEndTest extends EndToEndTest {

    @Test
    void aClickOnARowTheGridNeverHadIsIgnored(CapturedOutput log) {
        Page page = browser.signIn("therapist1", "demo-therapist");
        RosterPage roster = RosterPage.open(page);
        String mrn = jdbc.queryForObject("""
                select p.mrn from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE' order by p.family_name limit 1""",
                String.class);
        Locator row = roster.cellContaining(mrn);
        row.waitFor();

        forging(page, body -> body.replaceAll("\"event\\.detail\\.itemKey\":\"[^\"]*\"",
                "\"event.detail.itemKey\":\"999999\""), row::click);

        assertThat(page).hasURL(Pattern.compile(".*/patients$"));
        assertNoIncident(page, log);
    }

    @Test
    void datesThatDoNotExistOrCannotBeUsedAreRefusedWithoutAnIncident(CapturedOutput log) {
        Page page = browser.signIn("lead", "demo-lead");
        AuditPage audit = AuditPage.open(page);
        audit.count().waitFor();

        for (String forged : new String[] {"2026-02-30", "garbage"}) {
            forging(page, body -> body.replace("\"2026-11-02\"", "\"" + forged + "\""), () -> audit.from("02/11/2026"));
            assertNoIncident(page, log);
            audit.clearFrom();
        }

        forging(page, body -> body.replace("\"2026-11-03\"", "\"+999999999-12-31\""), () -> audit.to("03/11/2026"));
        assertThat(audit.toField()).hasAttribute("invalid", "");
        assertThat(audit.toField()).containsText("Choose a day from 2000-01-01");
        assertNoIncident(page, log);
    }

    @Test
    void aSignInNameWithANulCharacterIsAnOrdinaryFailedSignIn(CapturedOutput log) {
        // no keyboard types NUL (the browser drops it from the field): the form is posted as a script would
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        String tokenName = page.locator("meta[name=_csrf_parameter]").getAttribute("content");
        String token = page.locator("meta[name=_csrf]").getAttribute("content");

        APIResponse answer = page.request().post(browser.url("/login"), RequestOptions.create().setMaxRedirects(0)
                .setForm(FormData.create().set("username", "thera\u0000pist1").set("password", "demo-therapist")
                        .set(tokenName, token)));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.headers().get("location")).endsWith("/login?error");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'SIGN_IN_FAILED' and attempted_username = ?""",
                Integer.class, "thera\uFFFDpist1")).isPositive();
        assertThat(log.getAll()).doesNotContain("\tat ").doesNotContain("Incident ");
    }

    @Test
    void aRosterSearchWithAControlCharacterInTheAddressIsRefusedOnTheField(CapturedOutput log) {
        Page page = browser.signIn("therapist1", "demo-therapist");

        RosterPage roster = RosterPage.openSearching(page, "smi%00th");

        assertThat(roster.searchField()).hasAttribute("invalid", "");
        assertThat(roster.searchField()).containsText("hidden or control character");
        assertNoIncident(page, log);
    }

    /** Does what the page does, with its Vaadin message rewritten on the way; returns once the server answered. */
    private static void forging(Page page, UnaryOperator<String> rewrite, Runnable action) {
        AtomicBoolean answered = new AtomicBoolean();
        page.route("**/*v-r=uidl*", route -> {
            String body = route.request().postData();
            String forged = rewrite.apply(body);
            if (forged.equals(body)) {
                route.resume();
                return;
            }
            APIResponse answer = route.fetch(new Route.FetchOptions().setPostData(forged));
            route.fulfill(new Route.FulfillOptions().setResponse(answer));
            answered.set(true);
        });
        try {
            action.run();
            page.waitForCondition(answered::get);
        } finally {
            page.unrouteAll();
        }
    }

    private static void assertNoIncident(Page page, CapturedOutput log) {
        page.waitForTimeout(300); // a notification would have been sent with the response already handled
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator
                .FilterOptions().setHasText("incident"))).hasCount(0);
        assertThat(log.getAll()).doesNotContain("Incident ").doesNotContain("NullPointerException")
                .doesNotContain("\tat ");
    }
}
