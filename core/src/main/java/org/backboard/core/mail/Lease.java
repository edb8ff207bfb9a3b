package org.backboard.core.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One claim on due messages: until {@code until} no other claim takes them. The token fences the
 * outcome: only the claim that still holds a message may record what became of it, so a node that
 * outlived its lease cannot overwrite what the next holder recorded.
 */
public record Lease(UUID token, Instant until) {

    public Lease {
        Objects.requireNonNull(token, "lease token");
        Objects.requireNonNull(until, "lease end");
    }

    public static Lease startingAt(Instant now, Duration length) {
        return new Lease(UUID.randomUUID(), now.plus(length));
    }

    /** Whether at least {@code margin} of the lease is left at {@code now}. */
    public boolean leaves(Duration margin, Instant now) {
        return !now.plus(margin).isAfter(until);
    }
}
