package org.backboard.core.signin;

import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in attempts under one name since a success: how many since when, and until when the
 * name is locked. Attempts are counted before the password is checked, so parallel guesses
 * cannot slip past the limit.
 */
public record AttemptState(String username, int attempts, Instant windowStart, Optional<Instant> lockedUntil) {

    public static AttemptState fresh(String username, Instant now) {
        return new AttemptState(username, 0, now, Optional.empty());
    }

    public boolean isLocked(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /**
     * One more attempt. The first {@code maxFailures} within the window are checked; the next one
     * locks the name. An attempt after the window starts a new count.
     */
    public AttemptState afterAttempt(Instant now, SignInPolicy policy) {
        boolean windowOver = !now.isBefore(windowStart.plus(policy.window()));
        int count = windowOver ? 1 : attempts + 1;
        Instant start = windowOver ? now : windowStart;
        Optional<Instant> lock = count > policy.maxFailures() ? Optional.of(now.plus(policy.lockFor())) : lockedUntil;
        return new AttemptState(username, count, start, lock);
    }
}
