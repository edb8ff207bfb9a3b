package org.backboard.ui.security;

import java.time.Clock;
import java.util.Optional;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.SignInName;
import org.backboard.core.signin.SignInGuard;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Patients sign in at {@code /app/login}, apart from clinicians: their own form, their own accounts
 * and a session that carries only the PATIENT role. A clinician's name and password do not work here
 * and a patient's do not work at the clinicians' sign-in. Throttled and locked like clinicians'
 * sign-ins (under names of their own, so a patient and a clinician never share a lock), with the
 * same message and the same BCrypt time for an unknown name, a wrong password or a lock.
 */
final class PatientSignIn implements AuthenticationProvider {

    static final String LOGIN_PATH = "/app/login";
    static final String HOME_PATH = "/app";

    private final SignInGuard guard;
    private final PatientAccounts accounts;
    private final PasswordEncoder encoder;
    private final DaoAuthenticationProvider passwords;
    private final String timingDecoy;
    private final Clock clock;

    PatientSignIn(SignInGuard guard, PatientAccounts accounts, PasswordEncoder encoder, Clock clock) {
        this.guard = guard;
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.passwords = new DaoAuthenticationProvider(this::load);
        this.passwords.setPasswordEncoder(encoder);
        this.timingDecoy = encoder.encode("no password matches this decoy either");
    }

    /** The filter that takes the patients' sign-in form; it shares Spring's session and CSRF handling. */
    UsernamePasswordAuthenticationFilter filter() {
        UsernamePasswordAuthenticationFilter filter = new UsernamePasswordAuthenticationFilter(
                new ProviderManager(this));
        filter.setRequiresAuthenticationRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGIN_PATH));
        filter.setSecurityContextRepository(new HttpSessionSecurityContextRepository());
        filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
        filter.setAuthenticationSuccessHandler((request, response, authentication) ->
                response.sendRedirect(request.getContextPath() + HOME_PATH));
        filter.setAuthenticationFailureHandler(new SimpleUrlAuthenticationFailureHandler(LOGIN_PATH + "?error"));
        return filter;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String key = throttleKey(attempt.getName());
        if (guard.attempt(key, Optional.empty())) {
            encoder.matches(String.valueOf(attempt.getCredentials()), timingDecoy);
            guard.failed(key, Optional.empty());
            throw new BadCredentialsException("refused");
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            SignedInPatient patient = (SignedInPatient) signedIn.getPrincipal();
            guard.patientSignedIn(key, patient.actor().patient());
            accounts.seen(patient.actor().patient(), clock.instant());
            return signedIn;
        } catch (AuthenticationException refused) {
            guard.failed(key, Optional.empty());
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Patients' attempts are counted apart from clinicians' ("app:" names). */
    static String throttleKey(String typed) {
        return "app:" + SignInName.normalise(typed);
    }

    private SignedInPatient load(String typed) {
        // a revoked or ended account is "unknown": the same message and time as a wrong password
        return SignInName.parse(typed).flatMap(accounts::byName).filter(PatientAccount::isActive)
                .map(SignedInPatient::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown patient"));
    }
}
