package org.backboard.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.backboard.core.patientapp.PatientActor;
import org.springframework.stereotype.Component;

/** The patient of the current Vaadin request, as the core services want them. */
@Component
public class CurrentPatient {

    private final AuthenticationContext authentication;

    CurrentPatient(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public PatientActor actor() {
        return signedIn(authentication).orElseThrow(() -> new IllegalStateException("no patient is signed in"))
                .actor();
    }

    public boolean isPatient() {
        return signedIn(authentication).isPresent();
    }

    /** The signed-in patient, if the session is a patient's (a clinician's principal is another type). */
    static Optional<SignedInPatient> signedIn(AuthenticationContext authentication) {
        return authentication.getAuthenticatedUser(Object.class).filter(SignedInPatient.class::isInstance)
                .map(SignedInPatient.class::cast);
    }

    /** Ends the session; SignInAuditor records the sign-out when the session is destroyed. */
    public void logout() {
        authentication.logout();
    }
}
