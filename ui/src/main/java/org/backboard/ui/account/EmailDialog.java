package org.backboard.ui.account;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import org.backboard.core.account.AccountRow;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.FormDialog;

/**
 * A lead sets, changes or (left empty) removes a clinician's email address. The save carries the
 * account as the lead saw it, so a change someone made meanwhile is reported, not overwritten.
 */
class EmailDialog extends FormDialog {

    EmailDialog(AccountRow account, MailAvailability mail, Function<String, Result<?>> save, Runnable onSaved) {
        super("Email address of " + account.displayName(), "account-email", "Save");
        TextField email = AccountEmailField.create("account-email-address", mail);
        email.setValue(account.email().orElse(""));
        email.setWidthFull();
        field("email", email);
        add(email);
        onSave(() -> save.apply(email.getValue()), onSaved);
    }
}
