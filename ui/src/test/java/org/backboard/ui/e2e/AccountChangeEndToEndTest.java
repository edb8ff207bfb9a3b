package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.backboard.core.account.AccountAdministration;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.ui.e2e.pages.AuditPage;
import org.backboard.ui.e2e.pages.RosterPage;
import org.backboard.ui.e2e.pages.Screen;
import org.backboard.ui.e2e.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A lead changes an account while its clinician is signed in: their next step ends the session
 * with a message, never an error page. A therapist at a lead's page is told so, and it is audited.
 */
class AccountChangeEndToEndTest extends EndToEndTest {

    private static final String PASSWORD = "Granite-Kettle-Moss-41";

    @Autowired
    Clinicians clinicians;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    AccountAdministration accounts;

    @Test
    void aDemotedLeadIsSignedOutWithAMessageAndTheirExportLinkGivesNoData() {
        Clinician demoted = account(Role.LEAD);
        Page page = browser.signIn(demoted.username().value(), PASSWORD);
        String export = AuditPage.open(page).exportAddress();

        accounts.changeRole(theLead(), demoted.id(), Role.THERAPIST);

        APIResponse download = page.request().get(browser.url("/" + export));
        assertThat(download.status()).as("no error, no stack trace").isLessThan(400);
        assertThat(download.headers().getOrDefault("content-type", "")).doesNotContain("text/csv");
        assertThat(download.text()).as("no audit data for a demoted lead").doesNotContain("\"time\",\"who\",\"action\"");
        page.navigate(browser.url("/clinic-outcomes"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        assertThat(new SignInPage(page).accountChangedNotice()).containsText("signed out");
        Browser.screenshot(page, "15-signed-out-after-role-change");
    }

    @Test
    void aDeactivatedClinicianIsSignedOutAtTheirNextClick() {
        Clinician leaving = account(Role.THERAPIST);
        Page page = browser.signIn(leaving.username().value(), PASSWORD);
        RosterPage roster = RosterPage.open(page);
        assertThat(roster.grid()).isVisible();

        accounts.deactivate(theLead(), leaving.id());

        roster.goTo("Exercise library");
        page.waitForURL(url -> url.endsWith("/login"));
        assertThat(new SignInPage(page).accountChangedNotice()).isVisible();
        assertThat(page.getByText("incident")).hasCount(0);
    }

    @Test
    void aTherapistAtALeadsPageIsToldItIsForLeadsInsideTheAppAndTheAttemptIsAudited() {
        Clinician therapist = account(Role.THERAPIST);
        Page page = browser.signIn(therapist.username().value(), PASSWORD);

        Screen refused = AuditPage.open(page);

        assertThat(refused.leadsOnlyMessage()).hasText("This page is for clinic leads");
        assertThat(refused.logoutButton()).isVisible();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'PAGE_ACCESS_DENIED' and actor_id = ?
                   and entity = 'page' and entity_id = '/audit'""", Integer.class, therapist.id().value()))
                .isEqualTo(1);
        Browser.screenshot(page, "16-lead-page-refused");
    }

    private Clinician account(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Clinician clinician = Clinician.create(new Username(name), "Changing " + role.label(), hasher.hash(PASSWORD),
                role);
        clinicians.add(clinician);
        return clinician;
    }

    private Actor theLead() {
        return new Actor(clinicians.findByUsername(new Username("lead")).orElseThrow().id(), Role.LEAD);
    }
}
