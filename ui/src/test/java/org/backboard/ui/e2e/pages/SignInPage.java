package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The login page, and what it says when a sign-in does not go through. */
public final class SignInPage {

    private final Page page;

    public SignInPage(Page page) {
        this.page = page;
    }

    public static SignInPage open(Page page) {
        page.navigate("/login");
        return new SignInPage(page);
    }

    public void fill(String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
    }

    public void submit() {
        logInButton().click();
    }

    /** Signs in and waits for the app to leave the login page. */
    public void signIn(String username, String password) {
        fill(username, password);
        submit();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Tries a sign-in that should be refused, and waits for the refusal. */
    public void attempt(String username, String password) {
        fill(username, password);
        submit();
        page.waitForURL(url -> url.contains("/login?error"));
    }

    public Locator logInButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in"));
    }

    public Locator refusal() {
        return page.getByText("Check your user name and password and try again.");
    }

    public Locator expiredNotice() {
        return page.getByText("Your sign-in page expired; sign in again.");
    }

    public Locator accountChangedNotice() {
        return page.locator("#account-changed");
    }
}
