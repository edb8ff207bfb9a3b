package org.backboard.core.signin;

import java.time.Duration;

/**
 * After {@code maxFailures} failed sign-ins within {@code window}, the name is locked for
 * {@code lockFor}. It applies to names with no account too, so the response never tells
 * whether an account exists.
 */
public record SignInPolicy(int maxFailures, Duration window, Duration lockFor) {

    public SignInPolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("sign-in policy needs at least one failure and positive durations");
        }
    }
}
