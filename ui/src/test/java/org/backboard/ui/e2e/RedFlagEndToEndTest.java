package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The red-flag loop in real Chromium: a check-in answered "yes" to an emergency sign raises a
 * flag; the roster row shows it; the therapist acknowledges it with an action and a note; it is gone
 * from the roster and the page, and kept on the record with who and when.
 */
class RedFlagEndToEndTest extends EndToEndTest {

    @Test
    void anEmergencyAnswerIsFlaggedOnTheRosterUntilAcknowledged() {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id, p.mrn from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from episode e where e.patient_id = p.id and e.status = 'ACTIVE') = 1
                   and not exists (select 1 from episode e where e.patient_id = p.id and e.status = 'ON_HOLD')
                   and not exists (select 1 from red_flag f where f.patient_id = p.id and f.acknowledged_at is null)
                 order by p.mrn limit 1""");
        String mrn = (String) patient.get("mrn");
        Page page = browser.signIn("therapist1", "demo-therapist");

        page.navigate(browser.url("/patients/" + patient.get("id")));
        assertThat(page.locator("#red-flags")).isHidden();
        assertThat(page.locator(".bb-band")).isVisible();
        page.waitForFunction("() => document.querySelector('.bb-chart') && document.querySelector('.bb-chart').chart");

        page.locator("#record-check-in").click();
        page.locator("#check-in-pain input").fill("8");
        page.locator("#check-in-stiffness input").fill("6");
        page.locator("#check-in-red-flags vaadin-checkbox").filter(new Locator.FilterOptions()
                .setHasText("groin or saddle area")).click();
        Browser.screenshot(page, "10-check-in-with-emergency-answer");
        page.locator("#check-in-dialog-save").click();
        assertThat(page.locator("#check-in-pain")).isHidden();

        assertThat(page.locator("#red-flags")).containsText("Numbness in the groin or saddle area");
        assertThat(page.locator("#red-flags .bb-flag-emergency")).hasText("Emergency");
        Browser.screenshot(page, "11-patient-page-emergency-flag");

        page.navigate(browser.url("/patients?search=" + mrn));
        Locator row = page.locator("#roster-grid vaadin-grid-cell-content");
        assertThat(row.getByText(mrn, new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(row.locator(".bb-flag-emergency")).hasText("Emergency");
        Browser.screenshot(page, "12-roster-emergency-badge");

        page.navigate(browser.url("/patients/" + patient.get("id")));
        page.locator("#acknowledge-SADDLE_NUMBNESS").click();
        page.locator("#acknowledge-dialog-save").click();
        assertThat(page.locator("#acknowledge-action")).hasAttribute("invalid", "");
        assertThat(page.locator("#acknowledge-note")).isVisible();
        page.locator("#acknowledge-action vaadin-radio-button").filter(new Locator.FilterOptions()
                .setHasText("Referred to emergency care")).click();
        page.locator("#acknowledge-note textarea").fill("Called 999; patient taken to A&E");
        Browser.screenshot(page, "13-acknowledge-dialog");
        page.locator("#acknowledge-dialog-save").click();
        assertThat(page.locator("#acknowledge-note")).isHidden();
        assertThat(page.locator("#red-flags")).isHidden();

        page.navigate(browser.url("/patients?search=" + mrn));
        assertThat(row.getByText(mrn, new Locator.GetByTextOptions().setExact(true))).isVisible();
        assertThat(row.locator(".bb-flag-emergency")).hasCount(0);

        Map<String, Object> flag = jdbc.queryForMap("""
                select f.action, c.username, f.check_in_id is not null as from_check_in
                  from red_flag f join clinician c on c.id = f.acknowledged_by
                 where f.patient_id = ? and f.code = 'SADDLE_NUMBNESS'
                 order by f.raised_at desc limit 1""", patient.get("id"));
        assertThat(flag).containsEntry("action", "REFERRED_TO_EMERGENCY_CARE")
                .containsEntry("username", "therapist1").containsEntry("from_check_in", true);
    }
}
