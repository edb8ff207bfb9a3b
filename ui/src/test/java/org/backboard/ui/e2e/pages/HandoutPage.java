package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** A program's printable handout for the patient. */
public final class HandoutPage {

    private final Page page;

    private HandoutPage(Page page) {
        this.page = page;
    }

    public static HandoutPage open(Page page, String programId) {
        page.navigate("/programs/" + programId + "/handout");
        return new HandoutPage(page);
    }

    public Locator title() {
        return page.locator("#handout-title");
    }

    public Locator exercise(String name) {
        return page.locator(".bb-handout-exercise").filter(new Locator.FilterOptions().setHasText(name));
    }
}
