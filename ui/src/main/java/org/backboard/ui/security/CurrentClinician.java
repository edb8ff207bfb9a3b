package org.backboard.ui.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.backboard.core.clinician.Actor;
import org.backboard.core.signin.SignInGuard;
import org.springframework.stereotype.Component;

/** The clinician of the current Vaadin request, as the core services want them. */
@Component
public class CurrentClinician {

    private final AuthenticationContext authentication;
    private final SignInGuard guard;

    CurrentClinician(AuthenticationContext authentication, SignInGuard guard) {
        this.authentication = authentication;
        this.guard = guard;
    }

    public SignedInClinician get() {
        return authentication.getAuthenticatedUser(SignedInClinician.class)
                .orElseThrow(() -> new IllegalStateException("no clinician is signed in"));
    }

    public Actor actor() {
        return get().actor();
    }

    public boolean isLead() {
        return actor().isLead();
    }

    public void logout() {
        SignedInClinician clinician = get();
        guard.signedOut(clinician.actor().id(), clinician.getUsername());
        authentication.logout();
    }
}
