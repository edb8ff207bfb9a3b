package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.backboard.ui.e2e.Browser;

/** The clinic's accounts, for leads. */
public final class AccountsPage extends Screen {

    public AccountsPage(Page page) {
        super(page);
    }

    public static AccountsPage open(Page page) {
        page.navigate("/admin/accounts");
        return new AccountsPage(page);
    }

    /**
     * An account's row, scrolled to as a user would: the grid renders only the rows in view, and
     * tests add accounts of their own, so a demo account need not be among the first. The user name
     * as a word of its own: "therapist1" is also the start of its address, therapist1@clinic.example.
     */
    public Locator account(String username) {
        Locator cell = cellsOf("accounts-grid").getByText(
                // the pattern runs in the browser: JavaScript knows no \Q..\E, and a user name's only
                // character special to a pattern is the dot
                Pattern.compile("(^|\\s)" + username.replace(".", "\\.") + "(\\s|$)"));
        cellsOf("accounts-grid").first().waitFor();
        for (int scrolls = 0; scrolls < 100 && !cell.isVisible(); scrolls++) {
            page.locator("#accounts-grid").hover();
            page.mouse().wheel(0, 200);
            page.waitForTimeout(100); // the grid fetches the rows it scrolls to
        }
        return cell;
    }

    /**
     * Selects the account's row and opens its email address dialog. The grid rearranges its columns
     * for the window's width once the page is up; a click during that can miss the row, so it is
     * repeated until the row's actions are enabled.
     */
    public EmailDialog editEmail(String username) {
        Locator action = page.locator("#account-set-email");
        for (int clicks = 0; clicks < 3 && action.isDisabled(); clicks++) {
            Browser.settle(page);
            account(username).click();
            Browser.settle(page);
        }
        action.click();
        return new EmailDialog(page);
    }

    /** The email address of one clinician, as a lead sets it. */
    public static final class EmailDialog extends Screen {

        EmailDialog(Page page) {
            super(page);
        }

        public Locator field() {
            return page.locator("#account-email-address");
        }

        public EmailDialog type(String address) {
            input("account-email-address").fill(address);
            return this;
        }

        public void save() {
            page.locator("#account-email-save").click();
        }

        /** The message above the form (a conflict, say); field problems show on the field. */
        public Locator problem() {
            return page.locator("#account-email-error");
        }

        public Locator dialog() {
            return page.locator("#account-email");
        }
    }
}
