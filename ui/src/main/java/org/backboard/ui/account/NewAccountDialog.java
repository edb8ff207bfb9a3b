package org.backboard.ui.account;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.PasswordPolicy;
import org.backboard.core.clinician.Role;
import org.backboard.core.shared.Result;

/** A new clinician's account; every rule is checked by the service and shown on its field. */
class NewAccountDialog extends Dialog {

    interface Create {
        Result<ClinicianId> create(String username, String displayName, Role role, String password);
    }

    NewAccountDialog(Create create, Runnable onCreated) {
        setHeaderTitle("New clinician");
        setId("account-dialog");
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
        add(new FormLayout(username, displayName, role, password));
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "role", role, "password", password);

        Button save = new Button("Create", click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            switch (create.create(username.getValue(), displayName.getValue(), role.getValue(), password.getValue())) {
                case Result.Saved<ClinicianId> done -> {
                    onCreated.run();
                    close();
                }
                case Result.Rejected<ClinicianId> rejected -> rejected.problems().forEach(problem -> {
                    HasValidation field = fields.get(problem.field());
                    field.setErrorMessage(problem.message());
                    field.setInvalid(true);
                });
                case Result.NotFound<ClinicianId> notFound -> close();
                case Result.Conflict<ClinicianId> conflict -> {
                    Notification.show(conflict.message());
                    close();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("account-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
