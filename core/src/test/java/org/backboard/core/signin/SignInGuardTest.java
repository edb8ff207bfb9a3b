package org.backboard.core.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.ClinicianId;
import org.junit.jupiter.api.Test;

class SignInGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
    private static final SignInPolicy POLICY = new SignInPolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(15));

    private final Map<String, AttemptState> stored = new HashMap<>();
    private final SignInAttempts attempts = new SignInAttempts() {
        @Override
        public Optional<AttemptState> find(String username) {
            return Optional.ofNullable(stored.get(username));
        }

        @Override
        public void save(AttemptState state) {
            stored.put(state.username(), state);
        }

        @Override
        public void clear(String username) {
            stored.remove(username);
        }
    };
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ClinicianId tess = ClinicianId.newId();

    private SignInGuard guardAt(Instant now) {
        return new SignInGuard(attempts, audit, POLICY, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void theThirdFailureLocksTheNameForFifteenMinutes() {
        SignInGuard guard = guardAt(NOW);
        guard.failed("Tess", Optional.of(tess));
        guard.failed("tess", Optional.of(tess));
        assertThat(guard.isLocked("tess")).isFalse();

        guard.failed("tess ", Optional.of(tess));

        assertThat(guard.isLocked("TESS")).isTrue();
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(15)).minusSeconds(1)).isLocked("tess")).isTrue();
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(15))).isLocked("tess")).isFalse();
        assertThat(audit.actions()).containsExactly(AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_FAILED,
                AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN_LOCKED);
    }

    @Test
    void unknownNamesAreThrottledAlikeSoALockRevealsNothing() {
        SignInGuard guard = guardAt(NOW);
        for (int i = 0; i < 3; i++) {
            guard.failed("nobody", Optional.empty());
        }

        assertThat(guard.isLocked("nobody")).isTrue();
        assertThat(audit.events().getFirst().attemptedUsername()).contains("nobody");
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        guardAt(NOW).failed("tess", Optional.of(tess));
        guardAt(NOW.plusSeconds(60)).failed("tess", Optional.of(tess));
        guardAt(NOW.plus(Duration.ofMinutes(16))).failed("tess", Optional.of(tess));

        assertThat(stored.get("tess").failures()).isEqualTo(1);
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(16))).isLocked("tess")).isFalse();
    }

    @Test
    void attemptsWhileLockedDoNotExtendTheLock() {
        SignInGuard guard = guardAt(NOW);
        for (int i = 0; i < 3; i++) {
            guard.failed("tess", Optional.of(tess));
        }
        Instant lockedUntil = stored.get("tess").lockedUntil().orElseThrow();

        guardAt(NOW.plus(Duration.ofMinutes(10))).failed("tess", Optional.of(tess));

        assertThat(stored.get("tess").lockedUntil()).contains(lockedUntil);
    }

    @Test
    void aSuccessfulSignInClearsTheCountAndIsAudited() {
        SignInGuard guard = guardAt(NOW);
        guard.failed("tess", Optional.of(tess));

        guard.succeeded("tess", tess);

        assertThat(stored).doesNotContainKey("tess");
        assertThat(audit.actions()).endsWith(AuditAction.SIGN_IN);
    }
}
