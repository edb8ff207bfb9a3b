package org.backboard.core.signin;

import java.time.Instant;
import java.util.Optional;

/** Failed sign-ins under one name: how many since when, and until when the name is locked. */
public record AttemptState(String username, int failures, Instant windowStart, Optional<Instant> lockedUntil) {

    public static AttemptState fresh(String username, Instant now) {
        return new AttemptState(username, 0, now, Optional.empty());
    }

    public boolean isLocked(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /** One more failure; a failure outside the window starts a new count. */
    public AttemptState afterFailure(Instant now, SignInPolicy policy) {
        boolean windowOver = !now.isBefore(windowStart.plus(policy.window()));
        int count = windowOver ? 1 : failures + 1;
        Instant start = windowOver ? now : windowStart;
        Optional<Instant> lock = count >= policy.maxFailures() ? Optional.of(now.plus(policy.lockFor())) : lockedUntil;
        return new AttemptState(username, count, start, lock);
    }

    public boolean justLocked(AttemptState before, Instant now) {
        return isLocked(now) && !before.isLocked(now);
    }
}
