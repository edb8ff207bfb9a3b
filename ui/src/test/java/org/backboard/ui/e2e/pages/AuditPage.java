package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The audit trail, for leads: filters by patient and by day, a count, and an export link. */
public final class AuditPage extends Screen {

    public AuditPage(Page page) {
        super(page);
    }

    public static AuditPage open(Page page) {
        page.navigate("/audit");
        return new AuditPage(page);
    }

    public void filterByPatient(String mrn) {
        input("audit-patient").fill(mrn);
    }

    /** Types a day into the "from" filter as a user would (US-style, as the browser's locale shows it). */
    public void from(String typed) {
        fillDate("audit-from", typed);
    }

    public void to(String typed) {
        fillDate("audit-to", typed);
    }

    public void clearFrom() {
        from("");
    }

    public Locator toField() {
        return page.locator("#audit-to");
    }

    public Locator count() {
        return page.locator("#audit-count");
    }

    public Locator cells() {
        return cellsOf("audit-grid");
    }

    public Locator cellSaying(String text) {
        return cells().getByText(text).first();
    }

    public Locator cellSayingExactly(String text) {
        return cells().getByText(text, new Locator.GetByTextOptions().setExact(true)).first();
    }

    /** The export link's address, relative to the app. */
    public String exportAddress() {
        return page.locator("#audit-export").getAttribute("href");
    }
}
