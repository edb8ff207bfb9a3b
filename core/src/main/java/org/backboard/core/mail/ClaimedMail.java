package org.backboard.core.mail;

import java.util.Objects;

/** A due message this node has leased, with the failures it has had so far. */
public record ClaimedMail(OutboxId id, OutgoingMail mail, int failedAttempts, Lease lease) {

    public ClaimedMail {
        Objects.requireNonNull(id, "outbox id");
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(lease, "lease");
        if (failedAttempts < 0) {
            throw new IllegalArgumentException("failed attempts cannot be negative");
        }
    }
}
