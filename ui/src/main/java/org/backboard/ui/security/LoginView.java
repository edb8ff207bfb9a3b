package org.backboard.ui.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.backboard.core.clinician.FirstLeadSetup;
import org.springframework.core.env.Environment;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Backboard")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final LoginI18n failed = i18n("Sign-in failed", "Check your user name and password and try again.");
    private final LoginI18n expired = i18n("Sign-in page expired", "Your sign-in page expired; sign in again.");
    private final AuthenticationContext authentication;
    /** Longer than any user name; a pasted essay is not echoed back whole. */
    private static final int MAX_KEPT_NAME = 200;

    LoginView(Environment environment, FirstLeadSetup firstLeadSetup, AuthenticationContext authentication) {
        this.authentication = authentication;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(failed);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        add(new H1("Backboard"), login);
        if (Arrays.asList(environment.getActiveProfiles()).contains("demo")) {
            add(hint("Demo clinic: sign in as lead / demo-lead, or therapist1 / demo-therapist "
                    + "(also therapist2, therapist3)."));
        } else if (firstLeadSetup.isNeeded()) {
            add(hint("No clinic lead account exists yet. Set BACKBOARD_FIRST_LEAD_USERNAME and "
                    + "BACKBOARD_FIRST_LEAD_PASSWORD and restart Backboard to create one (see README)."));
        }
    }

    private static LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getErrorMessage().setTitle(errorTitle);
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    private static Paragraph hint(String text) {
        Paragraph hint = new Paragraph(text);
        hint.addClassName("bb-login-hint");
        return hint;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            boolean patient = CurrentPatient.signedIn(authentication).isPresent();
            event.forwardTo(patient ? "app" : "");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        // "expired": a sign-in posted from a page whose session (and CSRF token) had ended
        boolean pageExpired = parameters.containsKey(ExpiredSignInPage.PARAMETER);
        login.setI18n(pageExpired ? expired : failed);
        login.setError(pageExpired || parameters.containsKey("error"));
        if (parameters.containsKey("error")) {
            typedBeforeTheFailure().ifPresent(this::keepTypedName);
        }
        if (signedOutBecauseTheAccountChanged()) {
            Paragraph why = hint("A clinic lead changed your account (its role or its access), so you were "
                    + "signed out. Sign in again to continue.");
            why.setId("account-changed");
            addComponentAtIndex(1, why);
        }
    }

    /**
     * The user name of the sign-in that just failed: Spring Security keeps the failure in the HTTP
     * session, with the attempt. Read once and removed, so the attempt (password included) does not
     * stay in the session.
     */
    private static Optional<String> typedBeforeTheFailure() {
        VaadinRequest request = VaadinRequest.getCurrent();
        WrappedSession session = request == null ? null : request.getWrappedSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException refusal && refusal.getAuthenticationRequest() != null
                ? Optional.ofNullable(refusal.getAuthenticationRequest().getName()).filter(name -> !name.isBlank())
                : Optional.empty();
    }

    /**
     * Puts the name back in the form's user name field (never the password) and moves on to the
     * password. The name travels as a parameter and is set as the field's value: never parsed as HTML.
     */
    private void keepTypedName(String name) {
        login.getElement().executeJs("""
                const form = this;
                customElements.whenDefined('vaadin-login-form').then(() => form.updateComplete).then(() => {
                  const user = form.querySelector('#vaadinLoginUsername');
                  const password = form.querySelector('#vaadinLoginPassword');
                  if (user) { user.value = $0; }
                  if (password) { password.focus(); }
                });""", name.length() > MAX_KEPT_NAME ? name.substring(0, MAX_KEPT_NAME) : name);
    }

    /** Reads and clears the reason ChangedAccountSignOut left. */
    private static boolean signedOutBecauseTheAccountChanged() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        boolean changed = cookies != null && Arrays.stream(cookies).anyMatch(cookie ->
                ChangedAccountSignOut.REASON_COOKIE.equals(cookie.getName())
                        && ChangedAccountSignOut.ACCOUNT_CHANGED.equals(cookie.getValue()));
        if (changed && VaadinResponse.getCurrent() != null) {
            Cookie spent = new Cookie(ChangedAccountSignOut.REASON_COOKIE, "");
            spent.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            spent.setMaxAge(0);
            VaadinResponse.getCurrent().addCookie(spent);
        }
        return changed;
    }
}
