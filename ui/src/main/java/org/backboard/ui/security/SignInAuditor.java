package org.backboard.ui.security;

import org.backboard.core.clinician.Clinicians;
import org.backboard.core.signin.SignInGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in events into throttling and audit records, and records every end
 * of a signed-in session (logout, idle timeout) as a sign-out.
 */
@Component
class SignInAuditor {

    private static final Logger LOG = LoggerFactory.getLogger(SignInAuditor.class);

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
            LOG.info("Sign-in succeeded for {}", clinician.getUsername());
        }
    }

    @EventListener
    void onSessionEnd(HttpSessionDestroyedEvent event) {
        for (SecurityContext context : event.getSecurityContexts()) {
            Object principal = context.getAuthentication() == null ? null : context.getAuthentication().getPrincipal();
            if (principal instanceof SignedInClinician clinician) {
                guard.signedOut(clinician.actor().id(), clinician.getUsername());
            } else if (principal instanceof SignedInPatient patient) {
                guard.patientSignedOut(PatientSignIn.throttleKey(patient.getUsername()), patient.actor().patient());
            }
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        guard.failed(typed, TypedName.account(clinicians, typed));
    }
}
