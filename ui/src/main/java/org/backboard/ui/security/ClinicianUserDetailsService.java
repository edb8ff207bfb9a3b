package org.backboard.ui.security;

import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.signin.SignInGuard;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Signs clinicians in against the clinician table (BCrypt hashes). A locked name fails like a
 * wrong password: the login page shows one message for every failure.
 */
@Service
class ClinicianUserDetailsService implements UserDetailsService {

    private final Clinicians clinicians;
    private final SignInGuard guard;

    ClinicianUserDetailsService(Clinicians clinicians, SignInGuard guard) {
        this.clinicians = clinicians;
        this.guard = guard;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        boolean locked = guard.isLocked(username);
        return Username.parse(username).flatMap(clinicians::findByUsername)
                .map(clinician -> new SignedInClinician(clinician, locked))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
