package org.backboard.ui.security;

import org.backboard.core.clinician.Clinicians;
import org.backboard.core.signin.SignInGuard;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in, throttled: each attempt is counted before its password is
 * checked, and a locked name is refused after the same BCrypt work as a wrong password, so
 * neither the message nor the time tells a locked, deactivated or unknown name from a typo.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final SignInGuard guard;
    private final Clinicians clinicians;
    private final PasswordEncoder encoder;
    private final DaoAuthenticationProvider passwords;
    private final String timingDecoy;

    ThrottledAuthentication(SignInGuard guard, Clinicians clinicians, UserDetailsService users,
                            PasswordEncoder encoder) {
        this.guard = guard;
        this.clinicians = clinicians;
        this.encoder = encoder;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.timingDecoy = encoder.encode("no password matches this decoy");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (guard.attempt(attempt.getName(), TypedName.account(clinicians, attempt.getName()))) {
            encoder.matches(String.valueOf(attempt.getCredentials()), timingDecoy);
            throw new BadCredentialsException("refused");
        }
        return passwords.authenticate(attempt);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
