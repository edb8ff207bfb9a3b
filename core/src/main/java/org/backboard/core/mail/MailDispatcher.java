package org.backboard.core.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sends what is due in the outbox, one small batch per run, and records each outcome. Safe to run
 * on every node at once: the outbox leases each message to one run, and the lease is committed
 * before anything is sent. Not transactional itself: each claim and each outcome commits alone,
 * so a send is never inside an open database transaction.
 */
public class MailDispatcher {

    /**
     * How long a claim holds its messages: far longer than a batch takes, so a lease runs out only
     * when its node died. Every node reads leases by its own clock, so clocks must agree to well
     * within {@link #SEND_MARGIN}.
     */
    public static final Duration LEASE = Duration.ofMinutes(5);
    /** No send starts with less of the lease left: a send is bounded by the transport's timeouts, well inside this. */
    public static final Duration SEND_MARGIN = Duration.ofMinutes(2);

    private final Outbox outbox;
    private final MailTransport transport;
    private final RetrySchedule retries;
    private final int batchSize;
    private final Clock clock;

    public MailDispatcher(Outbox outbox, MailTransport transport, RetrySchedule retries, int batchSize, Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one message");
        }
        this.outbox = outbox;
        this.transport = transport;
        this.retries = retries;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /**
     * Claims up to a batch of due messages and sends them one by one. After a failure that may
     * pass (the server is down, say), the rest of the batch is handed back unsent: while the server
     * is away each run spends one attempt, not a whole batch of timeouts.
     */
    public DispatchReport dispatchDue() {
        Instant now = clock.instant();
        List<ClaimedMail> batch = outbox.claimDue(now, Lease.startingAt(now, LEASE), batchSize);
        Outcomes outcomes = new Outcomes();
        boolean stopped = false;
        for (ClaimedMail claimed : batch) {
            if (stopped || !claimed.lease().leaves(SEND_MARGIN, clock.instant())) {
                outbox.release(claimed);
                outcomes.deferred.add(claimed.id());
            } else {
                stopped = !send(claimed, outcomes);
            }
        }
        return outcomes.report();
    }

    /** False when the failure may pass and the run should stop. */
    private boolean send(ClaimedMail claimed, Outcomes outcomes) {
        try {
            transport.send(claimed.id(), claimed.mail());
        } catch (MailTransportException e) {
            return failed(claimed, e, outcomes);
        } catch (RuntimeException e) {
            // a fault in the transport itself: treated as one that may pass, so the schedule ends it
            return failed(claimed, new MailTransportException("unexpected " + e.getClass().getSimpleName(), false),
                    outcomes);
        }
        if (outbox.markSent(claimed, clock.instant())) {
            outcomes.sent.add(claimed.id());
        } else {
            outcomes.leaseLost.add(claimed.id());
        }
        return true;
    }

    private boolean failed(ClaimedMail claimed, MailTransportException failure, Outcomes outcomes) {
        int failures = claimed.failedAttempts() + 1;
        Optional<Duration> delay = failure.permanent() ? Optional.empty() : retries.delayAfter(failures);
        boolean recorded = delay.isEmpty()
                ? outbox.giveUp(claimed, failures, failure.reason())
                : outbox.retryLater(claimed, failures, clock.instant().plus(delay.get()), failure.reason());
        if (!recorded) {
            outcomes.leaseLost.add(claimed.id());
        } else {
            (delay.isEmpty() ? outcomes.givenUp : outcomes.retrying)
                    .add(new DispatchReport.Failure(claimed.id(), failure.reason()));
        }
        return failure.permanent();
    }

    private static final class Outcomes {
        final List<OutboxId> sent = new ArrayList<>();
        final List<DispatchReport.Failure> retrying = new ArrayList<>();
        final List<DispatchReport.Failure> givenUp = new ArrayList<>();
        final List<OutboxId> deferred = new ArrayList<>();
        final List<OutboxId> leaseLost = new ArrayList<>();

        DispatchReport report() {
            return new DispatchReport(sent, retrying, givenUp, deferred, leaseLost);
        }
    }
}
