package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The worklist, where a clinician's day starts. */
public final class WorklistPage extends Screen {

    public WorklistPage(Page page) {
        super(page);
    }

    public static WorklistPage open(Page page) {
        page.navigate("/");
        return new WorklistPage(page);
    }

    public Locator summary() {
        return page.locator("#worklist-summary");
    }

    public void filterByPatient(String name) {
        input("worklist-patient").fill(name);
    }

    /** The items shown whose text contains the given words. */
    public Locator itemsSaying(String text) {
        return cellsOf("worklist").filter(new Locator.FilterOptions().setVisible(true).setHasText(text));
    }

    /** The acknowledge buttons shown for one kind of item (HIGH_PAIN, ...). */
    public Locator acknowledgeButtons(String kind) {
        return page.locator("#worklist .bb-acknowledge[data-kind=" + kind + "]:visible");
    }

    /**
     * The first acknowledge button the list shows, whatever its item's kind. Red flags sort first and
     * are reviewed on the patient's page, with no such button: when other tests have raised many, the
     * list is scrolled past them (the grid draws only the rows in view).
     */
    public Locator anyAcknowledgeButton() {
        Locator button = page.locator("#worklist .bb-acknowledge:visible").first();
        cellsOf("worklist").first().waitFor();
        for (int row = 20; button.count() == 0 && row < 2_000; row += 20) {
            page.evaluate("row => document.querySelector('#worklist').scrollToIndex(row)", row);
            page.waitForTimeout(150);
        }
        return button;
    }

    /** Acknowledges the one item of this kind shown, with a note. */
    public void acknowledge(String kind, String note) {
        acknowledgeButtons(kind).click();
        acknowledgementNote().locator("textarea").fill(note);
        page.locator("#acknowledge-item-save").click();
    }

    public Locator acknowledgeDialog() {
        return page.locator("#acknowledge-item");
    }
}
