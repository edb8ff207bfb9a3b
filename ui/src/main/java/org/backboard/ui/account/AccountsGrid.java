package org.backboard.ui.account;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.backboard.core.account.AccountRow;
import org.backboard.ui.components.PageWidth;
import org.backboard.ui.components.StackedCells;

/**
 * The clinic's accounts: a table on a laptop, the name over the user name on a tablet (so both stay
 * readable beside the email address), one stacked cell per account on a phone.
 */
class AccountsGrid extends Grid<AccountRow> {

    static final String NO_EMAIL = "—";

    AccountsGrid() {
        setId("accounts-grid");
        addComponentColumn(AccountsGrid::stacked).setHeader("Account").setKey("stacked").setVisible(false);
        addComponentColumn(row -> StackedCells.titleOver(row.displayName(), row.username())).setHeader("Name")
                .setKey("who").setWidth("10rem").setFlexGrow(2).setComparator(AccountRow::displayName)
                .setVisible(false);
        addColumn(AccountRow::displayName).setHeader("Name").setSortable(true).setKey("name").setWidth("10rem")
                .setFlexGrow(2).setTooltipGenerator(AccountRow::displayName);
        addColumn(AccountRow::username).setHeader("User name").setSortable(true).setKey("username")
                .setWidth("10rem").setFlexGrow(1).setTooltipGenerator(AccountRow::username);
        addColumn(AccountsGrid::email).setHeader("Email").setSortable(true).setKey("email").setWidth("14rem")
                .setFlexGrow(2).setTooltipGenerator(AccountsGrid::email);
        addColumn(row -> row.role().label()).setHeader("Role").setSortable(true).setKey("role").setWidth("8rem")
                .setFlexGrow(0);
        addColumn(AccountsGrid::status).setHeader("Status").setSortable(true).setKey("status").setWidth("8.5rem")
                .setFlexGrow(0);
        PageWidth.follow(this, this::byWidth);
    }

    private void byWidth(int width) {
        StackedCells.showByWidth(this, width, List.of("name", "username"), List.of("email", "role", "status"));
    }

    private static Component stacked(AccountRow row) {
        Span name = new Span(row.displayName());
        name.addClassName("bb-stacked-title");
        Span facts = new Span(row.username() + " · " + row.role().label() + " · " + status(row));
        facts.addClassNames("bb-muted", "bb-break-anywhere");
        Span email = new Span(row.email().orElse("No email address"));
        // an address has no spaces to wrap at: it may break anywhere rather than run off a phone
        email.addClassName(row.email().isPresent() ? "bb-break-anywhere" : "bb-muted");
        Div cell = new Div(name, facts, email);
        cell.addClassName("bb-stacked");
        return cell;
    }

    private static String email(AccountRow row) {
        return row.email().orElse(NO_EMAIL);
    }

    private static String status(AccountRow row) {
        return row.active() ? "Active" : "Deactivated";
    }
}
