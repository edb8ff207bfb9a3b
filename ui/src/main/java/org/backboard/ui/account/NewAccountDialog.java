package org.backboard.ui.account;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.PasswordPolicy;
import org.backboard.core.clinician.Role;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.FormDialog;

/** A new clinician's account; every rule is checked by the service and shown on its field. */
class NewAccountDialog extends FormDialog {

    interface Create {
        Result<ClinicianId> create(String username, String displayName, Role role, String password, String email);
    }

    NewAccountDialog(Create create, MailAvailability mail, Runnable onCreated) {
        super("New clinician", "account", "Create");
        TextField username = new TextField("User name");
        username.setId("account-username");
        username.setHelperText("lower-case letters, digits, dots, dashes");
        TextField displayName = new TextField("Name");
        displayName.setId("account-display-name");
        Select<Role> role = new Select<>();
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(Role::label);
        role.setValue(Role.THERAPIST);
        role.setId("account-role");
        PasswordField password = new PasswordField("Initial password");
        password.setId("account-password");
        password.setHelperText(PasswordPolicy.HINT);
        TextField email = AccountEmailField.create("account-new-email", mail);
        add(new FormLayout(username, displayName, role, password, email));
        field("username", username);
        field("displayName", displayName);
        field("role", role);
        field("password", password);
        field("email", email);
        onSave(() -> create.create(username.getValue(), displayName.getValue(), role.getValue(), password.getValue(),
                email.getValue()), onCreated);
    }
}
