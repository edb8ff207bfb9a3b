package org.backboard.ui.patient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.patientapp.InvitationSecrets;
import org.backboard.ui.components.Dates;

/**
 * The new invitation, shown once: the link, its QR code and the short code to type, with when it
 * expires. Only hashes are kept, so closing this dialog is the last time anyone sees them.
 */
final class InvitationDialog extends Dialog {

    /** A slip to print and hand over, in a window of its own; every value is set as text, never parsed as HTML. */
    private static final String PRINT = """
            const [qr, code, link, until] = [$0, $1, $2, $3];
            const w = window.open('', '_blank');
            if (!w) return;
            const d = w.document;
            d.title = 'Your exercise app';
            const add = (tag, text) => { const e = d.createElement(tag); e.textContent = text; d.body.appendChild(e); return e; };
            add('h1', 'Your exercise app');
            add('p', 'Scan the code with your phone camera, or open the link, then confirm your date of birth.');
            const img = d.createElement('img'); img.src = qr; img.alt = 'QR code'; img.style.width = '6cm';
            d.body.appendChild(img);
            add('p', 'Or type this code: ' + code);
            add('p', link);
            add('p', 'The invitation works once, until ' + until + '.');
            w.focus(); w.print();
            """;

    InvitationDialog(AppInvitationService.Invited invited, ZoneId zone, MailAvailability mail) {
        InvitationSecrets.Issued issued = invited.issued();
        String link = invited.link();
        setHeaderTitle("Invitation to the patient app");
        setId("invitation-dialog");
        setWidth("min(34em, 95vw)");
        Paragraph how = new Paragraph("On their phone, the patient scans the code or opens the link, confirms "
                + "their date of birth and chooses how to sign in. It works once, until "
                + Dates.moment(issued.invitation().expiresAt(), zone) + ".");
        Span code = new Span(InvitationSecrets.display(issued.code()));
        code.setId("invitation-code");
        code.addClassName("bb-invitation-code");
        Anchor open = new Anchor(link, link);
        open.setId("invitation-link");
        open.addClassName("bb-invitation-link");
        Image qr = InvitationQr.of(link);
        Div card = new Div(qr, new Paragraph(new Span("Or type this code at "),
                new Span(link.substring(0, link.indexOf('?'))), new Span(": "), code), open);
        card.addClassName("bb-invitation-card");
        Paragraph once = new Paragraph("Write the code down or print this now: it is not shown again. A new "
                + "invitation replaces this one.");
        once.addClassName("bb-muted");
        Paragraph mailed = new Paragraph(invited.mailed()
                ? "The link was also sent to the patient's email address."
                // an invitation is not queued without mail set up (it would arrive stale), so none will come
                : mail.noMailNotice().map(notice -> notice + " Hand over the code or the link.")
                        .orElse("The patient has no email address on record: hand over the code or the link."));
        mailed.setId("invitation-mailed");
        add(how, card, mailed, once);
        Button print = new Button("Print for the patient", click -> getElement().executeJs(PRINT, qr.getSrc(),
                InvitationSecrets.display(issued.code()), link, Dates.moment(issued.invitation().expiresAt(), zone)));
        print.setId("invitation-print");
        Button close = new Button("Done", click -> close());
        close.setId("invitation-done");
        getFooter().add(print, close);
    }
}
