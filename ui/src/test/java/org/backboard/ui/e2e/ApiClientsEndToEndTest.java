package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.backboard.ui.ClinicFixture;
import org.backboard.ui.e2e.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A lead registers an API client, copies its secret from the once-only dialog and revokes it, at
 * laptop, tablet and phone widths; screenshots of each step under target/screenshots.
 */
class ApiClientsEndToEndTest extends EndToEndTest {

    @Autowired
    ApplicationContext context;

    @Test
    void aLeadRegistersAClientSeesItsSecretOnceAndRevokesItAtEachWidth() {
        ClinicFixture clinic = new ClinicFixture(context);
        Page page = browser.signIn(clinic.lead().username().value(), ClinicFixture.PASSWORD);

        for (int width : new int[] {1280, 820, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            page.navigate("/admin/api-clients");
            String name = "Registry " + width + " " + UUID.randomUUID().toString().substring(0, 6);
            page.locator("#api-client-new").click();
            page.locator("#api-client-name input").fill("");
            page.locator("#api-client-save").click();
            assertThat(page.locator("#api-client-name")).hasAttribute("invalid", "");
            fits(page, width);
            Browser.screenshot(page, "api-client-new-dialog-" + width);

            page.locator("#api-client-name input").fill(name);
            page.locator("#api-client-save").click();
            Locator secret = page.locator("#api-client-secret textarea");
            assertThat(secret).hasValue(java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}"));
            String shown = secret.inputValue();
            fits(page, width);
            Accessibility.check(page, "the API client's secret dialog at " + width + " px");
            Browser.screenshot(page, "api-client-secret-" + width);
            page.locator("#api-client-secret-done").click();
            assertThat(page.locator("#api-client-secret-dialog")).isHidden();
            assertThat(jdbc.queryForObject("select secret_hash from api_client where name = ?", String.class, name))
                    .doesNotContain(shown).startsWith("$2");

            Locator row = page.locator("#api-clients-grid vaadin-grid-cell-content").getByText(name).first();
            assertThat(row).isVisible();
            row.click();
            page.locator("#api-client-revoke").click();
            page.locator("#api-client-confirm vaadin-button[slot='confirm-button']").click();
            assertThat(page.locator("vaadin-notification-card").getByText("Revoked")).isVisible();
            assertThat(jdbc.queryForObject("select revoked_at is not null from api_client where name = ?",
                    Boolean.class, name)).isTrue();
            assertThat(page.locator("#api-client-revoke")).isDisabled();
            fits(page, width);
            Accessibility.check(page, "the API clients page at " + width + " px");
            Browser.screenshot(page, "api-clients-" + width);
        }
    }

    @Test
    void theApiClientsPageIsForLeadsOnly() {
        Page page = browser.newPage();
        SignInPage.open(page).signIn("therapist1", "demo-therapist");
        page.navigate("/admin/api-clients");
        assertThat(page.locator("#leads-only")).isVisible();
        assertThat(page.locator("#api-client-new")).hasCount(0);
        page.close();
    }

    private static void fits(Page page, int width) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("runs off the side at " + width + " px").isLessThanOrEqualTo(0);
    }
}
