package org.backboard.ui.security;

import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.clinician.Clinician;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs clinicians in against the clinician table (BCrypt hashes). */
@Service
class ClinicianUserDetailsService implements UserDetailsService {

    private final Clinicians clinicians;

    ClinicianUserDetailsService(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // a deactivated account is "unknown": the same message and the same (BCrypt) time as a wrong password
        return Username.parse(username).flatMap(clinicians::findByUsername).filter(Clinician::active)
                .map(SignedInClinician::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
