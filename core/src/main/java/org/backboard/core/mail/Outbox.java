package org.backboard.core.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the outbox, one queue of outgoing mail shared by every node of the application.
 * <p>
 * The outcome methods take the {@link ClaimedMail} as claimed and answer false when its lease was
 * lost meanwhile (it lapsed and another claim took the message): then nothing is recorded.
 */
public interface Outbox {

    /**
     * Queues a mail, due at once, inside the caller's transaction (there must be one): it leaves
     * only if that transaction commits, and is never lost once it has.
     */
    OutboxId enqueue(OutgoingMail mail, Instant now);

    /**
     * Leases up to {@code limit} queued messages due at {@code now} whose earlier lease, if any,
     * has run out, oldest due first, skipping those another node is claiming at this moment. Runs
     * and commits in a transaction of its own, so the lease holds before anything is sent.
     */
    List<ClaimedMail> claimDue(Instant now, Lease lease, int limit);

    /** The SMTP server accepted the message: it is never claimed again. */
    boolean markSent(ClaimedMail claimed, Instant sentAt);

    /** A send failed; the message waits until {@code nextAttemptAt}. */
    boolean retryLater(ClaimedMail claimed, int failedAttempts, Instant nextAttemptAt, FailureReason reason);

    /** A send failed for good: the message stays, FAILED, and is never claimed again. */
    boolean giveUp(ClaimedMail claimed, int failedAttempts, FailureReason reason);

    /** Hands a claimed message back unsent and unchanged, due again at once. */
    void release(ClaimedMail claimed);

    Optional<DeliveryStatus> status(OutboxId id);
}
