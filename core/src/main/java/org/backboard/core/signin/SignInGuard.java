package org.backboard.core.signin;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.Texts;

/** Throttles sign-ins and puts every sign-in, failure, lock and sign-out on the audit trail. */
public class SignInGuard {

    private final SignInAttempts attempts;
    private final AuditTrail audit;
    private final SignInPolicy policy;
    private final Clock clock;

    public SignInGuard(SignInAttempts attempts, AuditTrail audit, SignInPolicy policy, Clock clock) {
        this.attempts = attempts;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Counts an attempt before its password is checked; true if the name is locked and the
     * attempt must be refused whatever the password. Names without an account count alike, so a
     * lock reveals nothing.
     */
    @Transactional
    public boolean attempt(String username, Optional<ClinicianId> account) {
        Instant now = clock.instant();
        AttemptState before = attempts.lockForUpdate(key(username), now);
        if (before.isLocked(now)) {
            return true;
        }
        AttemptState after = before.afterAttempt(now, policy);
        attempts.save(after);
        if (after.isLocked(now)) {
            record(now, account, key(username), AuditAction.SIGN_IN_LOCKED);
            return true;
        }
        return false;
    }

    /** A refused attempt: wrong password, unknown name, deactivated account, or locked. */
    @Transactional
    public void failed(String username, Optional<ClinicianId> account) {
        record(clock.instant(), account, key(username), AuditAction.SIGN_IN_FAILED);
    }

    @Transactional
    public void succeeded(String username, ClinicianId account) {
        attempts.clear(key(username));
        record(clock.instant(), Optional.of(account), key(username), AuditAction.SIGN_IN);
    }

    /** A patient signed in to their own app: the attempts are cleared, the patient is the actor. */
    @Transactional
    public void patientSignedIn(String name, PatientId patient) {
        attempts.clear(key(name));
        audit.record(AuditEvent.byPatient(clock.instant(), patient.value(), AuditAction.SIGN_IN, "session",
                key(name), List.of()));
    }

    @Transactional
    public void patientSignedOut(String name, PatientId patient) {
        audit.record(AuditEvent.byPatient(clock.instant(), patient.value(), AuditAction.SIGN_OUT, "session",
                key(name), List.of()));
    }

    /** A lead helping a locked-out clinician (with a new password) also lifts the lock. */
    @Transactional
    public void unlock(String username) {
        attempts.clear(key(username));
    }

    @Transactional
    public void signedOut(ClinicianId account, String username) {
        record(clock.instant(), Optional.of(account), key(username), AuditAction.SIGN_OUT);
    }

    private void record(Instant now, Optional<ClinicianId> account, String username, AuditAction action) {
        audit.record(new AuditEvent(now, account, Optional.empty(), Optional.empty(),
                account.isPresent() ? Optional.empty() : Optional.of(username),
                action, Optional.empty(), "session", username, List.of()));
    }

    /**
     * Names are compared as typed at sign-in: trimmed, lower case, at most 64 characters, with
     * what cannot be stored (NUL, control characters, half characters) replaced, so that such a
     * name is counted and locked like any other.
     */
    private static String key(String username) {
        String key = username == null ? "" : Texts.storable(Texts.strip(username), Texts.Shape.LINE);
        return Texts.truncate(key.toLowerCase(Locale.ROOT), 64);
    }
}
