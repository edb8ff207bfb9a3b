package org.backboard.ui.patient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.Optional;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.patient.Patient;
import org.backboard.core.patientapp.AppAccess;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.LostRace;

/** The patient's app on their page: where they stand with it, an invitation, and revoking it. */
final class AppAccessSection extends Details {

    private final AppInvitationService invitations;
    private final Actor actor;
    private final Patient patient;
    private final ZoneId zone;
    private final MailAvailability mail;
    private final VerticalLayout body = new VerticalLayout();

    AppAccessSection(AppInvitationService invitations, Actor actor, Patient patient, ZoneId zone,
                     MailAvailability mail) {
        this.invitations = invitations;
        this.actor = actor;
        this.patient = patient;
        this.zone = zone;
        this.mail = mail;
        setId("patient-app");
        body.setPadding(false);
        add(body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        Optional<AppAccess> access = invitations.access(actor, patient.id());
        if (access.isEmpty()) {
            return;
        }
        String state = describe(access.get());
        setSummaryText("Patient app: " + state);
        Paragraph line = new Paragraph(state);
        line.setId("patient-app-state");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (!patient.isArchived()) {
            Button invite = new Button(access.get().kind() == AppAccess.Kind.NOT_INVITED ? "Invite to the app"
                    : "New invitation", click -> invite());
            invite.setId("patient-app-invite");
            actions.add(invite);
        }
        if (access.get().isRevocable()) {
            Button revoke = new Button("Revoke access", click -> confirmRevoke());
            revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            revoke.setId("patient-app-revoke");
            actions.add(revoke);
        }
        body.add(line, actions);
    }

    private String describe(AppAccess access) {
        String at = access.at().map(instant -> Dates.moment(instant, zone)).orElse("");
        return switch (access.kind()) {
            case NOT_INVITED -> "not invited";
            case INVITED -> "invited (the invitation expires " + at + ")";
            case INVITATION_EXPIRED -> "invitation expired " + at + ", unused";
            case ACTIVE -> access.at().isPresent() ? "active (last seen " + at + ")" : "active (not signed in yet)";
            case REVOKED -> "revoked " + at;
            case ENDED -> "ended with the end of care " + at;
        };
    }

    private void invite() {
        switch (LostRace.guarded(() -> invitations.invite(actor, patient.id()))) {
            case Result.Saved<AppInvitationService.Invited> saved -> {
                new InvitationDialog(saved.value(), zone, mail).open();
                refresh();
            }
            case Result.Rejected<AppInvitationService.Invited> rejected ->
                    Notification.show(rejected.problems().getFirst().message());
            case Result.Conflict<AppInvitationService.Invited> conflict ->
                    Notification.show("Someone invited this patient at the same moment: try again.");
            case Result.NotFound<AppInvitationService.Invited> notFound ->
                    Notification.show("This patient is no longer on your caseload.");
        }
    }

    private void confirmRevoke() {
        ConfirmDialog confirm = new ConfirmDialog("Revoke app access?", "The patient is signed out at once and "
                + "the open invitation stops working. A new invitation gives access again.", "Revoke",
                event -> revoke());
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void revoke() {
        Result<AppAccess> result = LostRace.guarded(() -> invitations.revoke(actor, patient.id()));
        if (!(result instanceof Result.Saved<AppAccess>)) {
            Notification.show("Nothing was revoked: reload the page to see the current state.");
        }
        refresh();
    }
}
