package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The form that registers a patient. */
public final class PatientDialog extends Screen {

    PatientDialog(Page page) {
        super(page);
    }

    /** Types a patient's details as a user would, the date of birth as US-style text. */
    public PatientDialog fill(String mrn, String givenName, String familyName, String dateOfBirth, String sex,
            String phone) {
        mrn(mrn);
        input("patient-given-name").fill(givenName);
        input("patient-family-name").fill(familyName);
        fillDate("patient-date-of-birth", dateOfBirth);
        page.locator("#patient-sex").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(sex)).click();
        input("patient-phone").fill(phone);
        return this;
    }

    public void mrn(String mrn) {
        input("patient-mrn").fill(mrn);
    }

    public void save() {
        page.locator("#patient-save").click();
    }

    public Locator mrnField() {
        return page.locator("#patient-mrn");
    }

    public Locator dialog() {
        return page.locator("#patient-dialog");
    }
}
