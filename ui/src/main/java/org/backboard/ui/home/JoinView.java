package org.backboard.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.PasswordPolicy;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.InvitationRedemption;
import org.backboard.core.patientapp.Redemption;
import org.backboard.core.patientapp.SignInName;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.FormProblems;
import org.backboard.ui.components.LostRace;

/**
 * Accepting an invitation on the phone: from the link (its token fills in the code) or by typing
 * the code from the handout; the date of birth confirms who it is; then the patient chooses how
 * they sign in from now on.
 */
@Route(value = "app/join", autoLayout = false)
@PageTitle("Set up your exercise app | Backboard")
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver {

    static final String TOKEN = "token";

    private final InvitationRedemption redemption;
    private final FormProblems problems = new FormProblems("join-error");
    private final TextField code = new TextField("Invitation code (on your handout)");
    private final BirthDateField birthDate;
    private final TextField name = new TextField("Choose a sign-in name: your email or a user name");
    private final PasswordField password = new PasswordField("Choose a password");
    private final PasswordField again = new PasswordField("Type the password again");
    private String token;

    JoinView(InvitationRedemption redemption) {
        this.redemption = redemption;
        // the clinic's locale, which every UI takes (ClinicLocale)
        this.birthDate = new BirthDateField("Your date of birth", getLocale());
        // one message for every unusable invitation, above the form: "code" has no field of its own
        problems.field("birthDate", birthDate);
        problems.field("name", name);
        problems.field("password", password);
        problems.field("again", again);
        addClassName("bb-home-login");
        code.setId("join-code");
        code.setMaxLength(40);
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        birthDate.setId("join-birth-date");
        name.setId("join-name");
        name.setMaxLength(SignInName.MAX_LENGTH);
        name.getElement().setAttribute("autocomplete", "username");
        name.getElement().setAttribute("autocapitalize", "none");
        password.setId("join-password");
        password.setHelperText("Use " + PasswordPolicy.HINT);
        password.getElement().setAttribute("autocomplete", "new-password");
        again.setId("join-password-again");
        again.getElement().setAttribute("autocomplete", "new-password");
        List.<HasSize>of(code, birthDate, name, password, again).forEach(HasSize::setWidthFull);
        Button create = new Button("Create my sign-in", click -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        create.addClassName("bb-home-action");
        create.setId("join-create");
        add(new H1("Set up your exercise app"),
                new Paragraph("Your therapist invited you to see your exercises and tell them how you are doing."),
                problems.message(), code, birthDate, name, password, again, create);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter(TOKEN).orElse(null);
        // a link's invitation needs no typed code; any other (or none) asks for it
        code.setVisible(!redemption.isOpen(token));
        if (token != null && code.isVisible()) {
            problems.show(InvitationRedemption.UNUSABLE);
        }
    }

    private void create() {
        problems.clear();
        Optional<LocalDate> born = birthDate.date();
        if (born.isEmpty()) {
            problems.show(new FieldProblem("birthDate", birthDate.expected()));
            return;
        }
        if (!password.getValue().equals(again.getValue())) {
            problems.show(new FieldProblem("again", "The two passwords differ"));
            return;
        }
        Redemption typed = new Redemption(code.isVisible() ? null : token, code.getValue(), born.get(),
                name.getValue(), password.getValue());
        Result<PatientId> result = LostRace.guarded(() -> redemption.redeem(client(), typed));
        switch (result) {
            case Result.Saved<PatientId> saved -> getUI().ifPresent(ui -> ui.navigate(PatientLoginView.class,
                    QueryParameters.of(PatientLoginView.JOINED, "")));
            case Result.Rejected<PatientId> rejected -> rejected.problems().forEach(problems::show);
            case Result.Conflict<PatientId> conflict -> problems.show("Something changed at the same moment: please "
                    + "try again.");
            case Result.NotFound<PatientId> notFound -> problems.show(InvitationRedemption.UNUSABLE);
        }
    }

    /** The caller's network address, for throttling only (never stored with a patient). */
    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
