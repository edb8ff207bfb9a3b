package org.backboard.ui.security;

import java.util.Optional;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.signin.SignInGuard;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Turns Spring Security's sign-in events into throttling and audit records. */
@Component
class SignInAuditor {

    private final SignInGuard guard;
    private final Clinicians clinicians;

    SignInAuditor(SignInGuard guard, Clinicians clinicians) {
        this.guard = guard;
        this.clinicians = clinicians;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof SignedInClinician clinician) {
            guard.succeeded(clinician.getUsername(), clinician.actor().id());
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        Optional<ClinicianId> account = Username.parse(typed).flatMap(clinicians::findByUsername).map(Clinician::id);
        guard.failed(typed, account);
    }
}
