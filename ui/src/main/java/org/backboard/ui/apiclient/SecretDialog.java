package org.backboard.ui.apiclient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.backboard.core.apiclient.RegisteredApiClient;

/**
 * The new client's id and secret, shown this once: Backboard keeps only the secret's hash, so a
 * lost secret means registering the client again (and revoking the old one).
 */
class SecretDialog extends Dialog {

    SecretDialog(RegisteredApiClient registered) {
        setHeaderTitle("Copy the secret now");
        setId("api-client-secret-dialog");
        setWidth("min(40em, 95vw)");
        setCloseOnOutsideClick(false);
        Paragraph note = new Paragraph("This is the only time the secret is shown. Give it to the system's "
                + "administrators over a safe channel; it gets tokens at /oauth2/token.");
        TextArea clientId = readOnly("Client id", registered.client().id().value().toString(), "api-client-id");
        TextArea secret = readOnly("Client secret", registered.secret(), "api-client-secret");
        add(note, clientId, secret);
        Button done = new Button("I have copied it", click -> close());
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("api-client-secret-done");
        getFooter().add(done);
    }

    /** A text area, so the whole value shows, wrapped, on a phone too. */
    private static TextArea readOnly(String label, String value, String id) {
        TextArea field = new TextArea(label);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId(id);
        // selected on focus, so one tap and "copy" takes all of it, also on a phone
        field.setAutoselect(true);
        field.getStyle().set("word-break", "break-all");
        return field;
    }
}
