package org.backboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.function.Supplier;
import org.backboard.core.account.AccountAdministration;
import org.backboard.core.account.AccountRow;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Role;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.shared.Result;
import org.backboard.ui.security.CurrentClinician;

/** Clinic leads manage accounts. Nobody is deleted: leaving staff are deactivated. */
@Route("admin/accounts")
@PageTitle("Accounts | Backboard")
@RolesAllowed("LEAD")
public class AccountsView extends VerticalLayout {

    private final AccountAdministration admin;
    private final MailAvailability mail;
    private final Actor actor;
    private final AccountsGrid grid = new AccountsGrid();
    private final Button setEmail = new Button("Email address", VaadinIcon.ENVELOPE.create());
    private final Button resetPassword = new Button("Reset password", VaadinIcon.KEY.create());
    private final Button changeRole = new Button("Change role", VaadinIcon.EXCHANGE.create());
    private final Button toggleActive = new Button("Deactivate", VaadinIcon.BAN.create());

    public AccountsView(AccountAdministration admin, MailAvailability mail, CurrentClinician current) {
        this.admin = admin;
        this.mail = mail;
        this.actor = current.actor();
        setSizeFull();

        grid.asSingleSelect().addValueChangeListener(e -> updateActions());

        Button create = new Button("New clinician", VaadinIcon.PLUS.create(), click -> openNew());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("account-new");
        setEmail.setId("account-set-email");
        setEmail.addClickListener(click -> selected().ifPresent(this::openEmail));
        resetPassword.setId("account-reset-password");
        resetPassword.addClickListener(click -> selected().ifPresent(this::openReset));
        changeRole.setId("account-change-role");
        changeRole.addClickListener(click -> selected().ifPresent(this::confirmRoleChange));
        toggleActive.setId("account-toggle-active");
        toggleActive.addClickListener(click -> selected().ifPresent(this::confirmActiveChange));

        HorizontalLayout actions = new HorizontalLayout(create, setEmail, resetPassword, changeRole, toggleActive);
        actions.setWrap(true);
        add(new H2("Accounts"), actions, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(admin.accounts(actor));
        updateActions();
    }

    private Optional<AccountRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void updateActions() {
        Optional<AccountRow> row = selected();
        setEmail.setEnabled(row.isPresent());
        resetPassword.setEnabled(row.isPresent());
        changeRole.setEnabled(row.isPresent());
        toggleActive.setEnabled(row.isPresent());
        toggleActive.setText(row.map(r -> r.active() ? "Deactivate" : "Reactivate").orElse("Deactivate"));
    }

    private void openNew() {
        new NewAccountDialog((username, name, role, password, email) -> admin.create(actor, username, name, role,
                password, email), mail, this::refresh).open();
    }

    /** The row carries the version the lead saw: a change made since then is a conflict, not an overwrite. */
    private void openEmail(AccountRow row) {
        openThenRefresh(new EmailDialog(row, mail, email -> admin.changeEmail(actor, row.id(), row.version(), email),
                () -> Notification.show("Saved")));
    }

    /** However the dialog closes, the list shows the accounts as they are now, each with its current version. */
    private void openThenRefresh(Dialog dialog) {
        dialog.addOpenedChangeListener(event -> {
            if (!event.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void openReset(AccountRow row) {
        openThenRefresh(new PasswordDialog(row.displayName(), password -> admin.resetPassword(actor, row.id(), password)));
    }

    private void confirmRoleChange(AccountRow row) {
        Role next = row.role() == Role.LEAD ? Role.THERAPIST : Role.LEAD;
        confirm("Make " + row.displayName() + " a " + next.label().toLowerCase() + "?",
                next == Role.LEAD ? "Leads see every patient, manage accounts and read the audit trail."
                        : "Therapists see only the patients assigned to them.",
                "Change role", () -> admin.changeRole(actor, row.id(), next));
    }

    private void confirmActiveChange(AccountRow row) {
        if (row.active()) {
            confirm("Deactivate " + row.displayName() + "?",
                    "They can no longer sign in. Their history stays, and their patients stay assigned until a "
                            + "lead reassigns them.", "Deactivate", () -> admin.deactivate(actor, row.id()));
        } else {
            apply(() -> admin.reactivate(actor, row.id()));
        }
    }

    private void confirm(String header, String text, String action, Supplier<Result<ClinicianId>> change) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, event -> apply(change));
        dialog.setCancelable(true);
        dialog.setId("account-confirm");
        dialog.open();
    }

    private void apply(Supplier<Result<ClinicianId>> change) {
        switch (change.get()) {
            case Result.Saved<ClinicianId> done -> Notification.show("Saved");
            case Result.Rejected<ClinicianId> rejected -> Notification.show(rejected.problems().getFirst().message(), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
            case Result.NotFound<ClinicianId> notFound -> Notification.show("This account no longer exists");
            case Result.Conflict<ClinicianId> conflict -> Notification.show(conflict.message());
        }
        refresh();
    }
}
