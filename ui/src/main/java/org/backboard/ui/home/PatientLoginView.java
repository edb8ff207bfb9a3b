package org.backboard.ui.home;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.backboard.ui.security.CurrentPatient;

/** The patients' own sign-in page (clinicians sign in at /login; neither works at the other's). */
@Route(value = "app/login", autoLayout = false)
@PageTitle("Sign in to your exercise app | Backboard")
@AnonymousAllowed
public class PatientLoginView extends VerticalLayout implements BeforeEnterObserver {

    static final String JOINED = "joined";

    private final LoginForm login = new LoginForm();
    private final Paragraph joined = new Paragraph("Your sign-in is ready. Sign in with the name and password "
            + "you just chose.");
    private final CurrentPatient current;

    PatientLoginView(CurrentPatient current) {
        this.current = current;
        addClassName("bb-home-login");
        setAlignItems(Alignment.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Your email or user name");
        i18n.getErrorMessage().setTitle("That did not work");
        i18n.getErrorMessage().setMessage("Check your name and password and try again. After several tries, "
                + "wait 15 minutes.");
        login.setI18n(i18n);
        // relative to the app's base address (Vaadin's <base>): the patients' own sign-in, /app/login
        login.setAction("app/login");
        login.setForgotPasswordButtonVisible(false);
        joined.setId("home-joined");
        joined.setVisible(false);
        RouterLink join = new RouterLink("Got an invitation from your therapist? Set up your sign-in", JoinView.class);
        join.setId("home-join-link");
        add(new H1("Your exercise app"), joined, login, join,
                new Paragraph("Forgotten your password? Ask your therapist for a new invitation."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (current.isPatient()) {
            event.forwardTo(TodayView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        joined.setVisible(parameters.containsKey(JOINED));
    }
}
