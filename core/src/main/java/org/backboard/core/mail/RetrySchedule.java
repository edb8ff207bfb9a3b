package org.backboard.core.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How long a message waits after each failed send before the next try, and when to stop: after
 * the n-th failure it waits {@code delays[n-1]}; one failure more than there are delays and it is
 * given up. Growing waits ride out a mail server's outage without hammering it.
 */
public record RetrySchedule(List<Duration> delays) {

    /** 1 min, 5 min, 30 min, 2 h, 12 h: six attempts over about 15 hours, then the message fails. */
    public static RetrySchedule standard() {
        return new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12)));
    }

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive");
        }
    }

    /** The wait after this many failures, or empty when the message should be given up. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("a delay follows a failure: failed attempts start at 1");
        }
        return failedAttempts <= delays.size() ? Optional.of(delays.get(failedAttempts - 1)) : Optional.empty();
    }

    /** How many sends a message gets in all. */
    public int maxAttempts() {
        return delays.size() + 1;
    }
}
