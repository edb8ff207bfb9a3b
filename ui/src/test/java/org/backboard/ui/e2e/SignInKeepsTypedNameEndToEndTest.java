package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** A failed sign-in keeps the user name typed (as text, never as markup) and never the password. */
class SignInKeepsTypedNameEndToEndTest extends EndToEndTest {

    @Test
    void aWrongPasswordKeepsTheUserNameAsTextAndClearsThePassword() {
        // no such account, so no real account's sign-in throttle is touched; markup in it must stay text
        String typed = "nobody<img src=x id=injected>";
        Page page = browser.newPage();
        page.navigate(browser.url("/login"));
        page.getByLabel("Username").fill(typed);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not-the-password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        page.waitForURL(url -> url.contains("/login?error"));
        assertThat(page.getByText("Check your user name and password and try again.")).isVisible();
        assertThat(page.getByLabel("Username")).hasValue(typed);
        assertThat(page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))).hasValue("");
        assertThat(page.locator("#injected").count()).isZero();
        Browser.screenshot(page, "41-sign-in-failed-keeps-name");
        page.close();
    }
}
