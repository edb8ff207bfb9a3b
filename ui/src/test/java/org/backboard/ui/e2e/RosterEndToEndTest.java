package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A therapist's first minutes with Backboard, in real headless Chromium. */
@ExtendWith(OutputCaptureExtension.class)
class RosterEndToEndTest extends EndToEndTest {

    @Test
    void aTherapistSignsInSearchesAndRegistersAPatient(CapturedOutput log) {
        Page page = browser.signIn("therapist1", "demo-therapist");
        assertThat(page.locator("#worklist-summary")).isVisible(); // the day starts on the worklist
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My patients")).click();
        Locator grid = page.locator("#roster-grid");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My patients"))).isVisible();
        int caseload = jdbc.queryForObject("""
                select count(*) from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'""", Integer.class);
        assertThat(page.locator("#roster-count")).hasText(caseload + " patients");
        Browser.screenshot(page, "01-roster-therapist1");

        String someonesMrn = jdbc.queryForObject("""
                select p.mrn from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE' order by p.mrn limit 1""", String.class);
        page.locator("#roster-search input").fill(someonesMrn.toLowerCase());
        assertThat(grid.locator("vaadin-grid-cell-content").getByText(someonesMrn, new Locator.GetByTextOptions()
                .setExact(true))).isVisible();
        Browser.screenshot(page, "02-roster-search");
        page.locator("#roster-search input").fill("");

        String family = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        String takenMrn = jdbc.queryForObject("select mrn from patient order by mrn limit 1", String.class);
        page.locator("#add-patient").click();
        fillNewPatient(page, takenMrn, family);
        page.locator("#patient-save").click();

        assertThat(page.locator("#patient-mrn")).hasAttribute("invalid", "");
        assertThat(page.locator("#patient-mrn")).containsText("This MRN cannot be used. Ask a clinic lead.");
        Browser.screenshot(page, "03-duplicate-mrn-refused");
        assertThat(patientsNamed(family)).as("nothing saved after the refusal").isZero();

        String freshMrn = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        page.locator("#patient-mrn input").fill(freshMrn);
        page.locator("#patient-save").click();
        assertThat(page.locator("#patient-dialog")).isHidden();

        page.locator("#roster-search input").fill(family);
        assertThat(grid.locator("vaadin-grid-cell-content").getByText(family + ", Robin")).isVisible();
        assertThat(grid.locator("vaadin-grid-cell-content").getByText(freshMrn)).isVisible();
        Browser.screenshot(page, "04-new-patient-in-roster");
        assertThat(patientsNamed(family)).isEqualTo(1);

        grid.locator("vaadin-grid-cell-content").getByText(family + ", Robin").click();
        assertThat(page.locator("#patient-name")).hasText(family + ", Robin");
        Browser.screenshot(page, "05-patient-page");

        page.goBack();
        assertThat(page.locator("#roster-search input")).hasValue(family);
        assertThat(page.locator("#roster-count")).hasText("1 patient");

        page.navigate(browser.url("/no-such-page"));
        assertThat(page.locator("#page-not-found")).hasText("Page not found");

        assertNoPatientDataIn(log.getAll(), family, freshMrn, takenMrn, someonesMrn, "+44 20 7946 0018");
    }

    /** What the run showed and typed, and every name on therapist1's caseload, must stay out of the log. */
    private void assertNoPatientDataIn(String log, String... typedOrShown) {
        java.util.List<String> sensitive = new java.util.ArrayList<>(java.util.List.of(typedOrShown));
        sensitive.addAll(jdbc.queryForList("""
                select p.family_name || ', ' || p.given_name from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1'""", String.class));
        org.assertj.core.api.Assertions.assertThat(log).as("the log of this run was captured")
                .contains("Sign-in succeeded for therapist1");
        for (String value : sensitive) {
            org.assertj.core.api.Assertions.assertThat(log).as("patient data in the log").doesNotContain(value);
        }
    }

    @Test
    void pagesNeedSignInAndAWrongPasswordIsRefusedWithoutSayingWhich() {
        Page page = browser.newPage();
        page.navigate(browser.url("/patients/" + UUID.randomUUID()));
        page.waitForURL(url -> url.contains("/login"));

        page.getByLabel("Username").fill("therapist1");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        assertThat(page.getByText("Check your user name and password and try again.")).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        Browser.screenshot(page, "00-sign-in-refused");
        page.close();
    }

    private static void fillNewPatient(Page page, String mrn, String family) {
        page.locator("#patient-mrn input").fill(mrn);
        page.locator("#patient-given-name input").fill("Robin");
        page.locator("#patient-family-name input").fill(family);
        page.locator("#patient-date-of-birth input").fill("17/05/1980"); // the en-GB default of BACKBOARD_LOCALE
        page.locator("#patient-date-of-birth input").press("Enter");
        page.locator("#patient-sex").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Female")).click();
        page.locator("#patient-phone input").fill("+44 20 7946 0018");
    }

    private int patientsNamed(String family) {
        Integer count = jdbc.queryForObject("select count(*) from patient where family_name = ?", Integer.class, family);
        return count == null ? 0 : count;
    }
}
