package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.backboard.ui.e2e.pages.PatientDialog;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.RosterPage;
import org.backboard.ui.e2e.pages.SignInPage;
import org.backboard.ui.e2e.pages.WorklistPage;
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
        WorklistPage worklist = new WorklistPage(page);
        assertThat(worklist.summary()).isVisible(); // the day starts on the worklist
        worklist.goTo("My patients");
        RosterPage roster = new RosterPage(page);
        assertThat(roster.heading()).isVisible();
        int caseload = jdbc.queryForObject("""
                select count(*) from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'""", Integer.class);
        assertThat(roster.count()).hasText(caseload + " patients");
        Browser.screenshot(page, "01-roster-therapist1");

        String someonesMrn = jdbc.queryForObject("""
                select p.mrn from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE' order by p.mrn limit 1""", String.class);
        roster.search(someonesMrn.toLowerCase());
        assertThat(roster.cell(someonesMrn)).isVisible();
        Browser.screenshot(page, "02-roster-search");
        roster.search("");

        String family = "Zed" + UUID.randomUUID().toString().substring(0, 6);
        String takenMrn = jdbc.queryForObject("select mrn from patient order by mrn limit 1", String.class);
        PatientDialog newPatient = roster.addPatient()
                .fill(takenMrn, "Robin", family, "17/05/1980", "Female", "+44 20 7946 0018");
        newPatient.save();

        assertThat(newPatient.mrnField()).hasAttribute("invalid", "");
        assertThat(newPatient.mrnField()).containsText("This MRN cannot be used. Ask a clinic lead.");
        Browser.screenshot(page, "03-duplicate-mrn-refused");
        Accessibility.check(page, "new patient dialog with a refused MRN");
        assertThat(patientsNamed(family)).as("nothing saved after the refusal").isZero();

        String freshMrn = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        newPatient.mrn(freshMrn);
        newPatient.save();
        assertThat(newPatient.dialog()).isHidden();

        roster.search(family);
        assertThat(roster.cellContaining(family + ", Robin")).isVisible();
        assertThat(roster.cellContaining(freshMrn)).isVisible();
        Browser.screenshot(page, "04-new-patient-in-roster");
        assertThat(patientsNamed(family)).isEqualTo(1);

        PatientPage patientPage = roster.openPatient(family + ", Robin");
        assertThat(patientPage.name()).hasText(family + ", Robin");
        Browser.screenshot(page, "05-patient-page");

        page.goBack();
        assertThat(roster.searchInput()).hasValue(family);
        assertThat(roster.count()).hasText("1 patient");

        page.navigate(browser.url("/no-such-page"));
        assertThat(roster.pageNotFound()).hasText("Page not found");

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

        SignInPage signIn = new SignInPage(page);
        signIn.fill("therapist1", "not-the-password");
        signIn.submit();

        assertThat(signIn.refusal()).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
        Browser.screenshot(page, "00-sign-in-refused");
        page.close();
    }

    private int patientsNamed(String family) {
        Integer count = jdbc.queryForObject("select count(*) from patient where family_name = ?", Integer.class, family);
        return count == null ? 0 : count;
    }
}
