package org.backboard.ui.account;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.function.Function;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.PasswordPolicy;
import org.backboard.core.shared.Result;

/** A lead sets a new password for a clinician who lost theirs. */
class PasswordDialog extends Dialog {

    PasswordDialog(String name, Function<String, Result<ClinicianId>> reset) {
        setHeaderTitle("New password for " + name);
        setId("password-dialog");
        PasswordField password = new PasswordField("New password");
        password.setId("account-new-password");
        password.setHelperText(PasswordPolicy.HINT);
        password.setWidthFull();
        add(password);

        Button save = new Button("Set password", click -> {
            switch (reset.apply(password.getValue())) {
                case Result.Rejected<ClinicianId> rejected -> {
                    password.setErrorMessage(rejected.problems().getFirst().message());
                    password.setInvalid(true);
                }
                case Result.Saved<ClinicianId> done -> {
                    Notification.show("Password changed");
                    close();
                }
                case Result.NotFound<ClinicianId> notFound -> close();
                case Result.Conflict<ClinicianId> conflict -> {
                    Notification.show(conflict.message());
                    close();
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("account-password-save");
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
