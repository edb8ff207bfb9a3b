package org.backboard.ui.e2e;

import static org.junit.jupiter.api.Assertions.assertAll;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.backboard.ui.e2e.pages.AccountsPage;
import org.backboard.ui.e2e.pages.AuditPage;
import org.backboard.ui.e2e.pages.HandoutPage;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.RosterPage;
import org.backboard.ui.e2e.pages.SignInPage;
import org.backboard.ui.e2e.pages.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * Every clinician page, as a lead sees it (the lead sees every menu item), through axe-core. The
 * other end-to-end tests check the dialogs they open the same way. All pages are checked before
 * the test fails, so one run lists every violation.
 */
class AccessibilityEndToEndTest extends EndToEndTest {

    @Test
    void everyClinicianPageMeetsWcag21AaWithoutCriticalOrSeriousViolations() {
        Map<String, Object> flagged = jdbc.queryForMap("""
                select p.id, g.id::text as program from patient p
                  join red_flag f on f.patient_id = p.id and f.acknowledged_at is null
                  join program g on g.patient_id = p.id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                 where p.status = 'ACTIVE' and exists (select 1 from check_in c where c.episode_id = e.id)
                 order by p.mrn limit 1""");
        Page page = browser.newPage();
        SignInPage.open(page);
        Accessibility.check(page, "sign-in page");
        new SignInPage(page).signIn("lead", "demo-lead");

        assertAll(
                () -> Accessibility.check(page, "worklist"),
                () -> {
                    WorklistPage.open(page).anyAcknowledgeButton().click();
                    Accessibility.check(page, "worklist acknowledgement dialog");
                    page.keyboard().press("Escape");
                },
                () -> {
                    RosterPage.open(page).cells().first().waitFor();
                    Accessibility.check(page, "roster");
                    new RosterPage(page).addPatient();
                    Accessibility.check(page, "new patient dialog");
                    page.keyboard().press("Escape");
                },
                () -> {
                    PatientPage patient = PatientPage.open(page, flagged.get("id"));
                    patient.waitForPainChart();
                    Accessibility.check(page, "patient page");
                    patient.recordCheckIn();
                    Accessibility.check(page, "check-in dialog");
                    page.keyboard().press("Escape");
                    patient.openProgramHistory();
                    Accessibility.check(page, "program history dialog");
                    page.keyboard().press("Escape");
                },
                () -> {
                    page.navigate("/library");
                    page.locator("vaadin-grid").first().waitFor();
                    Accessibility.check(page, "exercise library");
                    page.getByLabel("Program templates").check();
                    Accessibility.check(page, "program templates");
                },
                () -> {
                    page.navigate("/clinic-outcomes");
                    page.locator(".bb-outcome-panels").waitFor();
                    Accessibility.check(page, "clinic outcomes");
                },
                () -> {
                    AccountsPage.open(page).account("therapist1").waitFor();
                    Accessibility.check(page, "accounts");
                },
                () -> {
                    AuditPage.open(page).cells().first().waitFor();
                    Accessibility.check(page, "audit trail");
                },
                () -> {
                    HandoutPage.open(page, (String) flagged.get("program")).title().waitFor();
                    Accessibility.check(page, "handout");
                });
    }
}
