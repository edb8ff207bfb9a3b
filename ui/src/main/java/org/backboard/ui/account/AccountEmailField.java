package org.backboard.ui.account;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import org.backboard.core.mail.MailAvailability;

/**
 * A clinician's email address: what it is for, or, when this server cannot send mail, that none
 * will be sent (the alerts it serves are not kept to leave later). A plain text field: the address
 * rule and its message are the domain's, not the browser's.
 */
final class AccountEmailField {

    static final String PURPOSE = "Emergency and urgent red flags that their patients report from home are "
            + "mailed here, as a link only. Leave empty for no mail.";

    private AccountEmailField() {
    }

    static TextField create(String id, MailAvailability mail) {
        TextField email = new TextField("Email address (optional)");
        email.setId(id);
        email.setHelperText(mail.noMailNotice().orElse(PURPOSE));
        // the lead types someone else's address: the browser should not offer the lead's own
        email.setAutocomplete(Autocomplete.OFF);
        email.setMaxLength(254);
        return email;
    }
}
