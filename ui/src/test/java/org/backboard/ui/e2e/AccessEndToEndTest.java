package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A typed URL does not cross caseloads, and the audit trail shows who tried. */
class AccessEndToEndTest extends EndToEndTest {

    @Test
    void aTherapistCannotOpenAnotherCaseloadByUrlTheLeadCanAndTheAuditTrailShowsBoth() {
        var theirs = jdbc.queryForMap("""
                select p.id, p.mrn, p.family_name || ', ' || p.given_name as name
                  from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist2' and p.status = 'ACTIVE' order by p.mrn limit 1""");
        String address = "/patients/" + theirs.get("id");

        Page therapist = browser.signIn("therapist1", "demo-therapist");
        therapist.navigate(browser.url(address));
        assertThat(therapist.locator("#patient-not-found")).hasText("Patient not found");
        assertThat(therapist.getByText((String) theirs.get("name"))).hasCount(0);
        Browser.screenshot(therapist, "10-other-caseload-by-url");

        Page lead = browser.signIn("lead", "demo-lead");
        lead.navigate(browser.url(address));
        assertThat(lead.locator("#patient-name")).hasText((String) theirs.get("name"));

        lead.navigate(browser.url("/audit"));
        lead.locator("#audit-patient input").fill((String) theirs.get("mrn"));
        int events = jdbc.queryForObject("select count(*) from audit_event where patient_id = ?::uuid",
                Integer.class, theirs.get("id").toString());
        assertThat(lead.locator("#audit-count")).hasText(events + " events");
        Locator rows = lead.locator("#audit-grid vaadin-grid-cell-content");
        assertThat(rows.getByText("Patient access denied").first()).isVisible();
        assertThat(rows.getByText("therapist1").first()).isVisible();
        assertThat(rows.getByText("Patient viewed").first()).isVisible();
        assertThat(rows.getByText("lead", new Locator.GetByTextOptions().setExact(true)).first()).isVisible();
        Browser.screenshot(lead, "11-audit-trail");

        lead.navigate(browser.url("/admin/accounts"));
        assertThat(lead.locator("#accounts-grid vaadin-grid-cell-content").getByText("therapist1")).isVisible();
        Browser.screenshot(lead, "12-accounts");

        int signOuts = signOutsOf("lead");
        lead.locator("#logout").click();
        lead.waitForURL(url -> url.contains("/login"));
        org.assertj.core.api.Assertions.assertThat(signOutsOf("lead")).as("the logout is audited").isEqualTo(signOuts + 1);
    }

    private int signOutsOf(String username) {
        return jdbc.queryForObject("""
                select count(*) from audit_event e join clinician c on c.id = e.actor_id
                 where c.username = ? and e.action = 'SIGN_OUT'""", Integer.class, username);
    }
}
