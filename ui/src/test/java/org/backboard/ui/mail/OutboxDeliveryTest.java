package org.backboard.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.backboard.core.mail.DeliveryState;
import org.backboard.core.mail.DeliveryStatus;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailDispatcher;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.OutboxId;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.mail.RetrySchedule;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail queued in the outbox reaches a real SMTP server (GreenMail, see TestMailServer) through the
 * scheduled job, survives the server being away, and arrives once when it is back.
 */
@BackboardSpringTest
class OutboxDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MailAvailability availability;
    @Autowired
    MailServerSettings server;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void queuedMailIsDeliveredByTheJobWithItsSubjectBodySenderAndAStableMessageId() throws Exception {
        String recipient = unique();
        OutboxId id = enqueue(recipient, "You are invited to Backboard",
                "Follow this link to start:\nhttps://backboard.example/join/0f3c");

        DeliveryStatus sent = await(() -> outbox.status(id), status -> status.state() == DeliveryState.SENT);

        assertThat(availability.configured()).isTrue();
        assertThat(sent.failedAttempts()).isZero();
        assertThat(sent.sentAt()).isPresent();
        MimeMessage received = onlyMessage(id);
        assertThat(received.getSubject()).isEqualTo("You are invited to Backboard");
        assertThat(((String) received.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Follow this link to start:\nhttps://backboard.example/join/0f3c");
        assertThat(received.getFrom()).containsExactly(new InternetAddress(TestMailServer.FROM));
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress(recipient));
        assertThat(received.getMessageID()).isEqualTo("<" + id + "@clinic.example>");
        assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void whileTheMailServerIsAwayAttemptsBackOffAndNothingIsLostThenTheMailArrivesOnce() throws Exception {
        DeliveryStatus second;
        OutboxId id;
        TestMailServer.stop();
        try {
            Instant queuedAt = clock.instant();
            id = enqueue(unique(), "A check-in is due", "Open Backboard to record it: https://backboard.example/app");

            DeliveryStatus first = await(() -> outbox.status(id), status -> status.failedAttempts() == 1);
            assertThat(first.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(first.nextAttemptAt()).isBetween(queuedAt.plus(Duration.ofMinutes(1)),
                    clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(first.lastError()).hasValueSatisfying(error ->
                    assertThat(error).startsWith("could not hand the message to the mail server").doesNotContain("@"));
            assertThat(health()).as("a mail server away leaves the node healthy").contains("\"UP\"");

            // a minute later, by the clock of a dispatcher run then (the scheduled job runs on today's)
            second = dispatchAt(first.nextAttemptAt(), id, status -> status.failedAttempts() == 2);
            assertThat(second.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(second.nextAttemptAt()).isEqualTo(first.nextAttemptAt().plus(Duration.ofMinutes(5)));
        } finally {
            TestMailServer.start();
        }

        DeliveryStatus delivered = dispatchAt(second.nextAttemptAt(), id, status -> status.state() == DeliveryState.SENT);

        assertThat(delivered.failedAttempts()).isEqualTo(2);
        onlyMessage(id);
        Thread.sleep(server.poll().multipliedBy(3).toMillis()); // the job runs a few more times
        assertThat(TestMailServer.receivedWithMessageId(messageId(id))).as("delivered once").hasSize(1);
    }

    @Test
    void springsMailSenderIsNoBeanSoNothingSendsAroundTheOutbox() {
        assertThat(context.getBeanNamesForType(JavaMailSender.class)).isEmpty();
    }

    private OutboxId enqueue(String recipient, String subject, String body) {
        return transaction.execute(status ->
                outbox.enqueue(OutgoingMail.to(recipient, MailKind.INVITATION, subject, body), clock.instant()));
    }

    /**
     * Runs the real outbox and SMTP transport as if at {@code at} until the message reaches the
     * state wanted; more than one run only if other mail due then came first.
     */
    private DeliveryStatus dispatchAt(Instant at, OutboxId id, Predicate<DeliveryStatus> wanted) {
        MailDispatcher dispatcher = new MailDispatcher(outbox, new SmtpMailTransport(server.mailSender(), server.sender()),
                RetrySchedule.standard(), MailConfiguration.BATCH_SIZE, Clock.fixed(at, ZoneOffset.UTC));
        for (int run = 0; run < 10; run++) {
            dispatcher.dispatchDue();
            DeliveryStatus status = outbox.status(id).orElseThrow();
            if (wanted.test(status)) {
                return status;
            }
        }
        throw new AssertionError("not reached in 10 runs: " + outbox.status(id));
    }

    private MimeMessage onlyMessage(OutboxId id) throws InterruptedException {
        List<MimeMessage> received = await(() -> Optional.of(TestMailServer.receivedWithMessageId(messageId(id))),
                messages -> !messages.isEmpty());
        assertThat(received).hasSize(1);
        return received.getFirst();
    }

    private static String messageId(OutboxId id) {
        return SmtpMailTransport.messageId(id, new MailAddress(TestMailServer.FROM));
    }

    private static <T> T await(Supplier<Optional<T>> read, Predicate<T> done) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(giveUp)) {
            Optional<T> value = read.get();
            if (value.filter(done).isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + PATIENCE + ": " + read.get());
    }

    private String health() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static String unique() {
        return "patient-" + UUID.randomUUID().toString().substring(0, 8) + "@patients.example";
    }
}
