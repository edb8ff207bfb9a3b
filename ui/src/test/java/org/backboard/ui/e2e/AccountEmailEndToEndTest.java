package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.ui.ClinicFixture;
import org.backboard.ui.e2e.pages.AccountsPage;
import org.backboard.ui.e2e.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A lead gives a clinician an email address on the accounts page, at laptop, tablet and phone
 * widths: a wrong address is explained on its field, a good one is shown in the list.
 */
class AccountEmailEndToEndTest extends EndToEndTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Clinicians clinicians;

    @Test
    void aLeadSetsAClinicianEmailAddressAtEachWidth() {
        ClinicFixture clinic = new ClinicFixture(context);
        Clinician lead = clinic.lead();
        Page page = browser.signIn(lead.username().value(), ClinicFixture.PASSWORD);

        for (int width : new int[] {1280, 820, 390}) {
            Clinician therapist = clinic.therapist();
            String username = therapist.username().value();
            page.setViewportSize(width, width == 390 ? 844 : 900);
            AccountsPage accounts = AccountsPage.open(page);
            assertThat(accounts.account(username)).isVisible();
            page.locator("#account-new").click();
            assertThat(page.locator("#account-new-email")).containsText("red flags");
            fits(page, width);
            Browser.screenshot(page, "account-new-dialog-" + width);
            page.keyboard().press("Escape");
            assertThat(page.locator("#account")).isHidden();

            AccountsPage.EmailDialog dialog = accounts.editEmail(username);
            assertThat(dialog.field()).containsText("red flags");
            dialog.type("tess@clinic").save();
            assertThat(dialog.field()).hasAttribute("invalid", "");
            assertThat(dialog.field()).containsText("Enter one email address like name@example.org");
            fits(page, width);
            Accessibility.check(page, "the email address dialog at " + width + " px");
            Browser.screenshot(page, "account-email-dialog-" + width);

            String address = username + "@clinic.example";
            dialog.type(address).save();
            assertThat(dialog.dialog()).isHidden();
            assertThat(accounts.account(address)).isVisible();
            assertThat(clinicians.findById(therapist.id()).orElseThrow().email().orElseThrow().value())
                    .isEqualTo(address);
            fits(page, width);
            Browser.screenshot(page, "accounts-email-" + width);
        }
        new AccountsPage(page).signOut();
    }

    @Test
    void theAccountsPageIsForLeadsOnly() {
        Page page = browser.newPage();
        SignInPage.open(page).signIn("therapist1", "demo-therapist");
        AccountsPage accounts = AccountsPage.open(page);
        assertThat(accounts.leadsOnlyMessage()).isVisible();
        assertThat(page.locator("#account-set-email")).hasCount(0);
        page.close();
    }

    private static void fits(Page page, int width) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("runs off the side at " + width + " px").isLessThanOrEqualTo(0);
    }
}
