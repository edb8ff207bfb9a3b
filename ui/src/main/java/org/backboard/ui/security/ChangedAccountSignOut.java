package org.backboard.ui.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientAccounts;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session carries the role its clinician had at sign-in. When a lead changes that role or
 * deactivates the account, the next request of the session (a click, a heartbeat, a download)
 * ends it: the menu and pages it shows were built for the old role. The request then goes on
 * unauthenticated, so the open page returns to sign-in (see the heartbeat rule in
 * SecurityConfiguration), where a short-lived cookie that holds only the reason makes the sign-in
 * page say why. The core services check the stored account on every call as well. A patient's
 * session ends the same way once a therapist revokes their app access or their care ends.
 */
final class ChangedAccountSignOut extends OncePerRequestFilter {

    static final String REASON_COOKIE = "bb-signed-out";
    static final String ACCOUNT_CHANGED = "account-changed";

    private final Clinicians clinicians;
    private final PatientAccounts patients;

    ChangedAccountSignOut(Clinicians clinicians, PatientAccounts patients) {
        this.clinicians = clinicians;
        this.patients = patients;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && !StaticFiles.isStaticFile(request) && changed(authentication.getPrincipal())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.addCookie(reason(request));
        }
        chain.doFilter(request, response);
    }

    private boolean changed(Object principal) {
        try {
            if (principal instanceof SignedInPatient patient) {
                // revoked by a therapist, or ended with care: the patient's pages close at once
                return patients.forPatient(patient.actor().patient()).filter(PatientAccount::isActive).isEmpty();
            }
            return principal instanceof SignedInClinician signedIn
                    && clinicians.findById(signedIn.actor().id()).filter(Clinician::active)
                    .map(stored -> stored.role() != signedIn.role())
                    .orElse(true);
        } catch (RuntimeException databaseUnreachable) {
            // nothing can be checked during an outage, and every service call fails by itself anyway:
            // a heartbeat should not turn it into an incident per open page
            return false;
        }
    }

    private static Cookie reason(HttpServletRequest request) {
        Cookie cookie = new Cookie(REASON_COOKIE, ACCOUNT_CHANGED);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setMaxAge(300);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
