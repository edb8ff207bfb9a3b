package org.backboard.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.ClinicianId;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final SignInPolicy POLICY = new SignInPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ClinicianId tess = ClinicianId.newId();

    private SignInGuard guardAt(Instant now) {
        return new SignInGuard(attempts, audit, POLICY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void threeAttemptsAreCheckedAndTheFourthLocksTheNameForFifteenMinutes() {
        SignInGuard guard = guardAt(NOW);
        assertThat(guard.attempt("Tess", Optional.of(tess))).isFalse();
        assertThat(guard.attempt("tess", Optional.of(tess))).isFalse();
        assertThat(guard.attempt("tess ", Optional.of(tess))).isFalse();

        assertThat(guard.attempt("TESS", Optional.of(tess))).as("fourth attempt").isTrue();

        assertThat(guardAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)).attempt("tess", Optional.of(tess))).isTrue();
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(15))).attempt("tess", Optional.of(tess))).isFalse();
        assertThat(audit.actions()).containsExactly(AuditAction.SIGN_IN_LOCKED);
    }

    @Test
    void unknownNamesAreThrottledAlikeSoALockRevealsNothing() {
        SignInGuard guard = guardAt(NOW);
        for (int i = 0; i < 3; i++) {
            guard.attempt("nobody", Optional.empty());
        }

        assertThat(guard.attempt("nobody", Optional.empty())).isTrue();
        assertThat(audit.events().getFirst().attemptedUsername()).contains("nobody");
    }

    @Test
    void attemptsOutsideTheWindowStartANewCount() {
        guardAt(NOW).attempt("tess", Optional.of(tess));
        guardAt(NOW.plusSeconds(60)).attempt("tess", Optional.of(tess));
        guardAt(NOW.plus(Duration.ofMinutes(16))).attempt("tess", Optional.of(tess));

        assertThat(attempts.find("tess").orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void attemptsWhileLockedNeitherCountNorExtendTheLock() {
        SignInGuard guard = guardAt(NOW);
        for (int i = 0; i < 4; i++) {
            guard.attempt("tess", Optional.of(tess));
        }
        AttemptState locked = attempts.find("tess").orElseThrow();

        assertThat(guardAt(NOW.plus(Duration.ofMinutes(10))).attempt("tess", Optional.of(tess))).isTrue();

        assertThat(attempts.find("tess")).contains(locked);
    }

    @Test
    void aSuccessClearsTheCountAndEveryOutcomeIsAudited() {
        SignInGuard guard = guardAt(NOW);
        guard.attempt("tess", Optional.of(tess));
        guard.failed("tess", Optional.of(tess));
        guard.attempt("tess", Optional.of(tess));

        guard.succeeded("tess", tess);

        assertThat(attempts.find("tess")).isEmpty();
        assertThat(audit.actions()).containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN);
    }

    @Test
    void unlockingLiftsALock() {
        SignInGuard guard = guardAt(NOW);
        for (int i = 0; i < 4; i++) {
            guard.attempt("tess", Optional.of(tess));
        }

        guard.unlock("Tess");

        assertThat(guard.attempt("tess", Optional.of(tess))).isFalse();
    }
}
