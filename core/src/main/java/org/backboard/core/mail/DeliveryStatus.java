package org.backboard.core.mail;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outbox knows of one message, without its address or text: for a screen that says
 * whether an invitation went out, and for tests.
 *
 * @param failedAttempts sends that failed so far
 * @param nextAttemptAt when it is due (again); meaningful while queued
 * @param lastError why the latest attempt failed, in words that name no address
 */
public record DeliveryStatus(OutboxId id, MailKind kind, DeliveryState state, int failedAttempts,
                             Instant nextAttemptAt, Optional<Instant> sentAt, Optional<String> lastError) {

    public DeliveryStatus {
        Objects.requireNonNull(id, "outbox id");
        Objects.requireNonNull(kind, "mail kind");
        Objects.requireNonNull(state, "delivery state");
        Objects.requireNonNull(nextAttemptAt, "next attempt");
        Objects.requireNonNull(sentAt, "sent at");
        Objects.requireNonNull(lastError, "last error");
    }
}
