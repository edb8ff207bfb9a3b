package org.backboard.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailDispatcherTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final MovingClock clock = new MovingClock(NOW);
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final ScriptedTransport transport = new ScriptedTransport(clock);
    private final MailDispatcher dispatcher = new MailDispatcher(outbox, transport, RetrySchedule.standard(), 10, clock);

    @Test
    void everyDueMessageIsSentOnceAndMarkedSent() {
        OutboxId first = enqueue();
        OutboxId second = enqueue();

        DispatchReport report = dispatcher.dispatchDue();
        DispatchReport again = dispatcher.dispatchDue();

        assertThat(report.sent()).containsExactly(first, second);
        assertThat(again.nothingHappened()).isTrue();
        assertThat(transport.accepted()).containsExactly(first, second);
        assertThat(outbox.statusOf(first).state()).isEqualTo(DeliveryState.SENT);
        assertThat(outbox.statusOf(first).sentAt()).contains(NOW);
    }

    @Test
    void aMessageThatKeepsFailingWaitsOneFiveAndThirtyMinutesThenTwoAndTwelveHoursThenIsGivenUp() {
        OutboxId id = enqueue();
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12));

        for (int failure = 1; failure <= waits.size(); failure++) {
            transport.thenFails("connection refused", false);
            assertThat(dispatcher.dispatchDue().retrying()).extracting(DispatchReport.Failure::id).containsExactly(id);
            DeliveryStatus status = outbox.statusOf(id);
            assertThat(status.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(status.failedAttempts()).isEqualTo(failure);
            assertThat(status.nextAttemptAt()).isEqualTo(clock.instant().plus(waits.get(failure - 1)));
            assertThat(status.lastError()).contains("connection refused");

            clock.advance(waits.get(failure - 1).minusSeconds(1));
            assertThat(dispatcher.dispatchDue().nothingHappened()).as("a second before it is due").isTrue();
            clock.advance(Duration.ofSeconds(1));
        }
        transport.thenFails("connection refused", false);

        assertThat(dispatcher.dispatchDue().givenUp()).extracting(DispatchReport.Failure::id).containsExactly(id);
        assertThat(outbox.statusOf(id).state()).isEqualTo(DeliveryState.FAILED);
        assertThat(outbox.statusOf(id).failedAttempts()).isEqualTo(6);
        clock.advance(Duration.ofDays(30));
        assertThat(dispatcher.dispatchDue().nothingHappened()).as("a failed message is never tried again").isTrue();
        assertThat(transport.attempted()).hasSize(6);
    }

    @Test
    void aMessageThatFailedOnceGoesOutWhenTheServerIsBack() {
        OutboxId id = enqueue();
        transport.thenFails("connection refused", false);
        dispatcher.dispatchDue();

        clock.advance(Duration.ofMinutes(1));
        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.sent()).containsExactly(id);
        assertThat(outbox.statusOf(id).failedAttempts()).isEqualTo(1);
        assertThat(transport.accepted()).containsExactly(id);
    }

    @Test
    void aRefusalForGoodIsGivenUpAtOnceAndTheRestOfTheBatchStillGoes() {
        OutboxId refused = enqueue();
        OutboxId next = enqueue();
        transport.thenFails("recipient refused", true);

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.givenUp()).containsExactly(
                new DispatchReport.Failure(refused, new FailureReason("recipient refused")));
        assertThat(report.sent()).containsExactly(next);
        assertThat(outbox.statusOf(refused).failedAttempts()).isEqualTo(1);
        assertThat(outbox.statusOf(refused).lastError()).contains("recipient refused");
    }

    @Test
    void aFailureThatMayPassStopsTheRunAndHandsTheRestBackUncounted() {
        OutboxId first = enqueue();
        OutboxId second = enqueue();
        OutboxId third = enqueue();
        transport.thenFails("connection refused", false);

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.retrying()).extracting(DispatchReport.Failure::id).containsExactly(first);
        assertThat(report.deferred()).containsExactly(second, third);
        assertThat(transport.attempted()).containsExactly(first);
        assertThat(outbox.statusOf(second).failedAttempts()).isZero();
        assertThat(outbox.leased(second)).as("handed back, so another run may take it at once").isFalse();
        assertThat(dispatcher.dispatchDue().sent()).containsExactly(second, third);
    }

    @Test
    void aFaultInsideTheTransportCountsAsAFailureThatMayPass() {
        OutboxId id = enqueue();
        transport.thenBreaks(new IllegalStateException("bug"));

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.retrying()).extracting(DispatchReport.Failure::id).containsExactly(id);
        assertThat(outbox.statusOf(id).lastError()).contains("unexpected IllegalStateException");
    }

    @Test
    void noSendStartsWhenTooLittleOfTheLeaseIsLeft() {
        OutboxId first = enqueue();
        OutboxId second = enqueue();
        transport.eachSendTaking(MailDispatcher.LEASE.minus(MailDispatcher.SEND_MARGIN).plusSeconds(1));

        DispatchReport report = dispatcher.dispatchDue();

        assertThat(report.sent()).containsExactly(first);
        assertThat(report.deferred()).containsExactly(second);
        assertThat(transport.attempted()).containsExactly(first);
    }

    @Test
    void aMessageWhoseLeaseRanOutIsTakenByTheNextClaimAndTheLateOutcomeIsNotRecorded() {
        OutboxId id = enqueue();
        ClaimedMail stale = outbox.claimDue(NOW, Lease.startingAt(NOW, MailDispatcher.LEASE), 10).getFirst();

        clock.advance(MailDispatcher.LEASE.minusSeconds(1));
        assertThat(dispatcher.dispatchDue().nothingHappened()).as("still leased").isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(dispatcher.dispatchDue().sent()).as("the lease ran out: the node holding it died").containsExactly(id);

        assertThat(outbox.retryLater(stale, 1, clock.instant(), new FailureReason("late"))).isFalse();
        assertThat(outbox.statusOf(id).state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void theFailureReasonNeverCarriesAnAddress() {
        MailTransportException failure = new MailTransportException(
                "550 5.1.1 <someone@example.org>: Recipient address rejected\nby mx.example.org", true);

        assertThat(failure.reason().text()).doesNotContain("someone").doesNotContain("@").doesNotContain("\n")
                .isEqualTo("550 5.1.1 [address] Recipient address rejected by mx.example.org");
        assertThat(new FailureReason("x".repeat(500)).text()).hasSize(FailureReason.MAX_LENGTH);
        assertThat(new FailureReason(" ").text()).isEqualTo("unknown failure");
    }

    private OutboxId enqueue() {
        return outbox.enqueue(OutgoingMail.to("patient@example.org", MailKind.REMINDER, "A check-in is due",
                "Open Backboard to record it: https://backboard.example/app"), clock.instant());
    }
}
