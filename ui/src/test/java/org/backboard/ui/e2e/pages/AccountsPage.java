package org.backboard.ui.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

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
     * tests add accounts of their own, so a demo account need not be among the first.
     */
    public Locator account(String username) {
        Locator cell = cellsOf("accounts-grid").getByText(username);
        cellsOf("accounts-grid").first().waitFor();
        for (int scrolls = 0; scrolls < 100 && !cell.isVisible(); scrolls++) {
            page.locator("#accounts-grid").hover();
            page.mouse().wheel(0, 200);
            page.waitForTimeout(100); // the grid fetches the rows it scrolls to
        }
        return cell;
    }

    /** Selects the account's row and opens its email address dialog. */
    public EmailDialog editEmail(String username) {
        account(username).click();
        page.locator("#account-set-email").click();
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
