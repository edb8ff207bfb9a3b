package org.backboard.core.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The outbox's rules without a database: due, leased and fenced as the SQL store does them. */
public class InMemoryOutbox implements Outbox {

    private record Row(OutgoingMail mail, DeliveryState state, int failures, Instant nextAttemptAt,
                       Optional<UUID> leaseToken, Optional<Instant> leasedUntil, Optional<Instant> sentAt,
                       Optional<String> lastError) {

        Row claimedBy(Lease lease) {
            return new Row(mail, state, failures, nextAttemptAt, Optional.of(lease.token()), Optional.of(lease.until()),
                    sentAt, lastError);
        }

        Row settled(DeliveryState newState, int newFailures, Instant next, Optional<Instant> sent, Optional<String> error) {
            return new Row(mail, newState, newFailures, next, Optional.empty(), Optional.empty(), sent, error);
        }
    }

    private final Map<OutboxId, Row> rows = new LinkedHashMap<>();

    /** What waits to be sent, oldest first. */
    public List<OutgoingMail> queued() {
        return rows.values().stream().filter(row -> row.state() == DeliveryState.QUEUED).map(Row::mail).toList();
    }

    @Override
    public OutboxId enqueue(OutgoingMail mail, Instant now) {
        OutboxId id = OutboxId.newId();
        rows.put(id, new Row(mail, DeliveryState.QUEUED, 0, now, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        return id;
    }

    @Override
    public List<ClaimedMail> claimDue(Instant now, Lease lease, int limit) {
        List<ClaimedMail> claimed = new ArrayList<>();
        rows.entrySet().stream()
                .filter(e -> e.getValue().state() == DeliveryState.QUEUED && !e.getValue().nextAttemptAt().isAfter(now)
                        && e.getValue().leasedUntil().map(until -> !until.isAfter(now)).orElse(true))
                .sorted(Comparator.comparing(e -> e.getValue().nextAttemptAt()))
                .limit(limit)
                .toList()
                .forEach(e -> {
                    e.setValue(e.getValue().claimedBy(lease));
                    claimed.add(new ClaimedMail(e.getKey(), e.getValue().mail(), e.getValue().failures(), lease));
                });
        return claimed;
    }

    @Override
    public boolean markSent(ClaimedMail claimed, Instant sentAt) {
        return settle(claimed, row -> row.settled(DeliveryState.SENT, row.failures(), row.nextAttemptAt(),
                Optional.of(sentAt), row.lastError()));
    }

    @Override
    public boolean retryLater(ClaimedMail claimed, int failedAttempts, Instant nextAttemptAt, FailureReason reason) {
        return settle(claimed, row -> row.settled(DeliveryState.QUEUED, failedAttempts, nextAttemptAt, Optional.empty(),
                Optional.of(reason.text())));
    }

    @Override
    public boolean giveUp(ClaimedMail claimed, int failedAttempts, FailureReason reason) {
        return settle(claimed, row -> row.settled(DeliveryState.FAILED, failedAttempts, row.nextAttemptAt(),
                Optional.empty(), Optional.of(reason.text())));
    }

    @Override
    public void release(ClaimedMail claimed) {
        settle(claimed, row -> row.settled(row.state(), row.failures(), row.nextAttemptAt(), row.sentAt(),
                row.lastError()));
    }

    @Override
    public Optional<DeliveryStatus> status(OutboxId id) {
        return Optional.ofNullable(rows.get(id)).map(row -> new DeliveryStatus(id, row.mail().kind(), row.state(),
                row.failures(), row.nextAttemptAt(), row.sentAt(), row.lastError()));
    }

    /** A lease is taken over when another claim leases the message; the old holder's outcome is refused. */
    private boolean settle(ClaimedMail claimed, java.util.function.UnaryOperator<Row> change) {
        Row row = rows.get(claimed.id());
        if (row == null || row.state() != DeliveryState.QUEUED
                || !row.leaseToken().equals(Optional.of(claimed.lease().token()))) {
            return false;
        }
        rows.put(claimed.id(), change.apply(row));
        return true;
    }

    DeliveryStatus statusOf(OutboxId id) {
        return status(id).orElseThrow();
    }

    boolean leased(OutboxId id) {
        return rows.get(id).leaseToken().isPresent();
    }
}
