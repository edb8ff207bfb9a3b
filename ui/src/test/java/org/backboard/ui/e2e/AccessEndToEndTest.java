package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.backboard.ui.e2e.pages.AccountsPage;
import org.backboard.ui.e2e.pages.AuditPage;
import org.backboard.ui.e2e.pages.PatientPage;
import org.junit.jupiter.api.Test;

/** A typed URL does not cross caseloads, and the audit trail shows who tried. */
class AccessEndToEndTest extends EndToEndTest {

    @Test
    void aTherapistCannotOpenAnotherCaseloadByUrlTheLeadCanAndTheAuditTrailShowsBoth() {
        var theirs = jdbc.queryForMap("""
                select p.id, p.mrn, p.family_name || ', ' || p.given_name as name
                  from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist2' and p.status = 'ACTIVE' order by p.mrn limit 1""");
        Object id = theirs.get("id");

        Page therapist = browser.signIn("therapist1", "demo-therapist");
        PatientPage refused = PatientPage.open(therapist, id);
        assertThat(refused.notFound()).hasText("Patient not found");
        assertThat(therapist.getByText((String) theirs.get("name"))).hasCount(0);
        Browser.screenshot(therapist, "10-other-caseload-by-url");

        Page lead = browser.signIn("lead", "demo-lead");
        assertThat(PatientPage.open(lead, id).name()).hasText((String) theirs.get("name"));

        AuditPage audit = AuditPage.open(lead);
        audit.filterByPatient((String) theirs.get("mrn"));
        int events = jdbc.queryForObject("select count(*) from audit_event where patient_id = ?::uuid",
                Integer.class, id.toString());
        assertThat(audit.count()).hasText(events + " events");
        assertThat(audit.cellSaying("Patient access denied")).isVisible();
        assertThat(audit.cellSaying("therapist1")).isVisible();
        assertThat(audit.cellSaying("Patient viewed")).isVisible();
        assertThat(audit.cellSayingExactly("lead")).isVisible();
        Browser.screenshot(lead, "11-audit-trail");

        AccountsPage accounts = AccountsPage.open(lead);
        assertThat(accounts.account("therapist1")).isVisible();
        Browser.screenshot(lead, "12-accounts");

        int signOuts = signOutsOf("lead");
        accounts.signOut();
        org.assertj.core.api.Assertions.assertThat(signOutsOf("lead")).as("the logout is audited").isEqualTo(signOuts + 1);
    }

    private int signOutsOf(String username) {
        return jdbc.queryForObject("""
                select count(*) from audit_event e join clinician c on c.id = e.actor_id
                 where c.username = ? and e.action = 'SIGN_OUT'""", Integer.class, username);
    }
}
