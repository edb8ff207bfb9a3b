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

    /** The first item's acknowledge button, whatever its kind. */
    public Locator anyAcknowledgeButton() {
        return page.locator("#worklist .bb-acknowledge:visible").first();
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
