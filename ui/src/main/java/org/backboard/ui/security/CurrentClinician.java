package org.backboard.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.backboard.core.clinician.Actor;
import org.springframework.stereotype.Component;

/** The clinician of the current Vaadin request, as the core services want them. */
@Component
public class CurrentClinician {

    private final AuthenticationContext authentication;

    CurrentClinician(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    public SignedInClinician get() {
        return authentication.getAuthenticatedUser(Object.class).filter(SignedInClinician.class::isInstance)
                .map(SignedInClinician.class::cast).orElseThrow(() -> new IllegalStateException("no clinician is signed in"));
    }

    public Actor actor() {
        return get().actor();
    }

    public boolean isLead() {
        return actor().isLead();
    }

    /** Ends the session; SignInAuditor records the sign-out when the session is destroyed. */
    public void logout() {
        authentication.logout();
    }
}
