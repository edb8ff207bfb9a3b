package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** What every signed-in screen shares: the menu, the sign-out button and the messages in place of a page. */
public abstract class Screen {

    /** The badge an unacknowledged emergency sign shows, on the roster and the patient page alike. */
    protected static final String EMERGENCY_BADGE = ".bb-flag-emergency";

    protected final Page page;

    protected Screen(Page page) {
        this.page = page;
    }

    public Page page() {
        return page;
    }

    public void goTo(String menuItem) {
        page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText(menuItem)).click();
    }

    public Locator logoutButton() {
        return page.locator("#logout");
    }

    public SignInPage signOut() {
        logoutButton().click();
        page.waitForURL(url -> url.contains("/login"));
        return new SignInPage(page);
    }

    public Locator leadsOnlyMessage() {
        return page.locator("#leads-only");
    }

    /** The notices of new red flags pushed to this screen (notifications live outside the page's layout). */
    public Locator flagNotices() {
        return page.locator("vaadin-notification-card .bb-flag-notice");
    }

    public Locator pageNotFound() {
        return page.locator("#page-not-found");
    }

    /** The note field of either acknowledgement dialog (a worklist item's, a red flag's). */
    protected Locator acknowledgementNote() {
        return page.locator("#acknowledge-note");
    }

    /** The cells of a Vaadin grid that are shown (a grid keeps spare cells hidden for scrolling). */
    protected Locator cellsOf(String gridId) {
        return page.locator("#" + gridId + " vaadin-grid-cell-content");
    }

    /** The input inside a Vaadin field. */
    protected Locator input(String fieldId) {
        return page.locator("#" + fieldId + " input");
    }

    protected void fillDate(String pickerId, String typed) {
        input(pickerId).fill(typed);
        input(pickerId).press("Enter");
    }
}
