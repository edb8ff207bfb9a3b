package org.backboard.persistence.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.backboard.core.mail.ClaimedMail;
import org.backboard.core.mail.DeliveryState;
import org.backboard.core.mail.DeliveryStatus;
import org.backboard.core.mail.FailureReason;
import org.backboard.core.mail.Lease;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.OutboxId;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@PersistenceTest
class OutboxStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /**
     * The outbox is one queue for the whole database: each test starts with it empty and leaves it
     * so, or the ui tests' mail job would send what is left.
     */
    @BeforeEach
    @AfterEach
    void anEmptyOutbox() {
        jdbc.update("delete from mail_outbox");
    }

    @Test
    void aQueuedMailIsClaimedWithWhatItSaysAndTheLeaseGiven() {
        OutgoingMail mail = OutgoingMail.to("patient@example.org", MailKind.INVITATION, "You are invited",
                "Join here:\nhttps://backboard.example/join/abc");
        OutboxId id = enqueue(mail, T0);
        Lease lease = Lease.startingAt(T0, LEASE);

        List<ClaimedMail> claimed = outbox.claimDue(T0, lease, 10);

        assertThat(claimed).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(id);
            assertThat(c.mail()).isEqualTo(mail);
            assertThat(c.failedAttempts()).isZero();
            assertThat(c.lease()).isEqualTo(lease);
        });
        assertThat(outbox.status(id)).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(status.kind()).isEqualTo(MailKind.INVITATION);
            assertThat(status.nextAttemptAt()).isEqualTo(T0);
        });
    }

    @Test
    void enqueueingJoinsTheCallersTransactionAndNeedsOne() {
        OutgoingMail mail = mail("rolled-back@example.org");

        assertThatThrownBy(() -> outbox.enqueue(mail, T0)).isInstanceOf(IllegalTransactionStateException.class);
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(mail, T0);
            status.setRollbackOnly();
        });

        assertThat(outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10)).isEmpty();
    }

    @Test
    void theTableTakesEveryKindOfMail() {
        for (MailKind kind : MailKind.values()) {
            OutboxId id = enqueue(OutgoingMail.to("someone@example.org", kind, "Subject", "Body"), T0);
            assertThat(outbox.status(id).map(DeliveryStatus::kind)).contains(kind);
        }
    }

    @Test
    void concurrentClaimersNeverGetTheSameMessage() throws Exception {
        Set<OutboxId> queued = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            queued.add(enqueue(mail("n" + i + "@example.org"), T0));
        }
        int claimers = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<OutboxId>>> nodes = new ArrayList<>();
        for (int node = 0; node < claimers; node++) {
            nodes.add(() -> {
                start.await();
                List<OutboxId> mine = new ArrayList<>();
                List<ClaimedMail> batch;
                do {
                    batch = outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 3);
                    batch.forEach(claimed -> mine.add(claimed.id()));
                } while (!batch.isEmpty());
                return mine;
            });
        }

        List<OutboxId> claimed = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(claimers)) {
            List<Future<List<OutboxId>>> results = nodes.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<List<OutboxId>> result : results) {
                claimed.addAll(result.get());
            }
        }

        assertThat(claimed).doesNotHaveDuplicates().hasSize(queued.size());
        assertThat(Set.copyOf(claimed)).isEqualTo(queued);
    }

    @Test
    void aMessageAnotherNodeIsClaimingIsSkippedNotWaitedFor() throws Exception {
        OutboxId lockedElsewhere = enqueue(mail("first@example.org"), T0);
        OutboxId free = enqueue(mail("second@example.org"), T0.plusSeconds(1));

        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement lock = otherNode.prepareStatement("select id from mail_outbox where id = ? for update")) {
                lock.setObject(1, lockedElsewhere.value());
                lock.executeQuery();
            }

            List<ClaimedMail> claimed = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> outbox.claimDue(T0.plusSeconds(1), Lease.startingAt(T0, LEASE), 10));

            assertThat(claimed).extracting(ClaimedMail::id).containsExactly(free);
            otherNode.rollback();
        }
        assertThat(outbox.claimDue(T0.plusSeconds(1), Lease.startingAt(T0, LEASE), 10))
                .extracting(ClaimedMail::id).containsExactly(lockedElsewhere);
    }

    @Test
    void aLeasedMessageIsClaimableAgainOnlyWhenItsLeaseHasRunOut() {
        OutboxId id = enqueue(mail("lease@example.org"), T0);
        ClaimedMail first = outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10).getFirst();

        assertThat(outbox.claimDue(T0.plus(LEASE).minusMillis(1), Lease.startingAt(T0, LEASE), 10))
                .as("the node holding it may still be sending").isEmpty();
        List<ClaimedMail> again = outbox.claimDue(T0.plus(LEASE), Lease.startingAt(T0.plus(LEASE), LEASE), 10);

        assertThat(again).extracting(ClaimedMail::id).as("its node died mid-send: nothing is lost").containsExactly(id);
        assertThat(outbox.markSent(first, T0.plus(LEASE))).as("the first claim lost its lease").isFalse();
        assertThat(outbox.retryLater(first, 1, T0, new FailureReason("late"))).isFalse();
        assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(outbox.markSent(again.getFirst(), T0.plus(LEASE))).isTrue();
        assertThat(outbox.status(id).orElseThrow().state()).isEqualTo(DeliveryState.SENT);
    }

    @Test
    void aSentMessageIsNeverClaimedAgain() {
        OutboxId id = enqueue(mail("sent@example.org"), T0);
        ClaimedMail claimed = outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10).getFirst();

        assertThat(outbox.markSent(claimed, T0.plusSeconds(2))).isTrue();

        assertThat(outbox.claimDue(T0.plus(Duration.ofDays(365)), Lease.startingAt(T0, LEASE), 10)).isEmpty();
        DeliveryStatus status = outbox.status(id).orElseThrow();
        assertThat(status.state()).isEqualTo(DeliveryState.SENT);
        assertThat(status.sentAt()).contains(T0.plusSeconds(2));
        assertThat(outbox.markSent(claimed, T0.plusSeconds(3))).as("settled once").isFalse();
        assertThat(jdbc.queryForObject("select body from mail_outbox where id = ?", String.class, id.value()))
                .as("a sent mail's body (an invitation's one-time link) is not kept").isEmpty();
    }

    @Test
    void aFailedSendWaitsForItsNextAttemptWithTheReasonKept() {
        OutboxId id = enqueue(mail("retry@example.org"), T0);
        ClaimedMail claimed = outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10).getFirst();

        assertThat(outbox.retryLater(claimed, 1, T0.plus(Duration.ofMinutes(1)),
                new FailureReason("could not connect to the mail server"))).isTrue();

        assertThat(outbox.claimDue(T0.plusSeconds(59), Lease.startingAt(T0, LEASE), 10)).isEmpty();
        assertThat(outbox.claimDue(T0.plusSeconds(60), Lease.startingAt(T0, LEASE), 10)).singleElement()
                .satisfies(again -> assertThat(again.failedAttempts()).isEqualTo(1));
        DeliveryStatus status = outbox.status(id).orElseThrow();
        assertThat(status.failedAttempts()).isEqualTo(1);
        assertThat(status.lastError()).contains("could not connect to the mail server");
    }

    @Test
    void aMessageGivenUpStaysAsFailedAndIsNeverClaimedAgain() {
        OutboxId id = enqueue(mail("refused@example.org"), T0);
        ClaimedMail claimed = outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10).getFirst();

        assertThat(outbox.giveUp(claimed, 6, new FailureReason("the mail server refused the recipient"))).isTrue();

        assertThat(outbox.claimDue(T0.plus(Duration.ofDays(365)), Lease.startingAt(T0, LEASE), 10)).isEmpty();
        DeliveryStatus status = outbox.status(id).orElseThrow();
        assertThat(status.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(status.failedAttempts()).isEqualTo(6);
    }

    @Test
    void aMessageHandedBackUnsentIsDueAgainAtOnceWithNothingCounted() {
        OutboxId id = enqueue(mail("released@example.org"), T0);
        ClaimedMail claimed = outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10).getFirst();

        outbox.release(claimed);

        assertThat(outbox.claimDue(T0, Lease.startingAt(T0, LEASE), 10)).extracting(ClaimedMail::id).containsExactly(id);
        assertThat(outbox.status(id).orElseThrow().failedAttempts()).isZero();
    }

    @Test
    void aStoredRowThatTodaysRulesRefuseFailsInsteadOfStallingTheQueue() {
        jdbc.update("""
                insert into mail_outbox (id, kind, recipient, subject, body, created_at, next_attempt_at)
                values (gen_random_uuid(), 'REMINDER', 'two words@example.org', 'Subject', 'Body', ?, ?)""",
                java.sql.Timestamp.from(T0), java.sql.Timestamp.from(T0));
        OutboxId fine = enqueue(mail("fine@example.org"), T0.plusSeconds(1));

        List<ClaimedMail> claimed = outbox.claimDue(T0.plusSeconds(1), Lease.startingAt(T0, LEASE), 10);

        assertThat(claimed).extracting(ClaimedMail::id).containsExactly(fine);
        assertThat(jdbc.queryForObject("select status || ': ' || last_error from mail_outbox where recipient like 'two%'",
                String.class)).isEqualTo("FAILED: " + OutboxStore.NO_LONGER_VALID.text());
    }

    @Test
    void theTableRefusesAnUnknownStatusOrKind() {
        OutboxId id = enqueue(mail("checked@example.org"), T0);

        assertThatThrownBy(() -> jdbc.update("update mail_outbox set status = 'LOST' where id = ?", id.value()))
                .hasMessageContaining("mail_outbox_status_known");
        assertThatThrownBy(() -> jdbc.update("update mail_outbox set kind = 'NEWSLETTER' where id = ?", id.value()))
                .hasMessageContaining("mail_outbox_kind_known");
        assertThatThrownBy(() -> jdbc.update("update mail_outbox set status = 'SENT' where id = ?", id.value()))
                .as("sent without a time").hasMessageContaining("mail_outbox_sent_has_time");
    }

    private OutboxId enqueue(OutgoingMail mail, Instant at) {
        return transaction.execute(status -> outbox.enqueue(mail, at));
    }

    private static OutgoingMail mail(String to) {
        return OutgoingMail.to(to, MailKind.REMINDER, "A check-in is due", "Open Backboard: https://backboard.example");
    }
}
