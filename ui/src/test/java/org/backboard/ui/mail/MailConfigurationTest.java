package org.backboard.ui.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.backboard.core.mail.DeliveryState;
import org.backboard.core.mail.DeliveryStatus;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.OutboxId;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail wiring by itself, in a small context of its own beside the shared one (whose real
 * outbox it borrows): without a mail server, half configured, and configured.
 */
@BackboardSpringTest
class MailConfigurationTest {

    @Autowired
    Outbox outbox;
    @Autowired
    Clock clock;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    private ApplicationContextRunner mailWiring(Clock wiringClock) {
        return new ApplicationContextRunner()
                .withUserConfiguration(MailConfiguration.class)
                .withBean(Outbox.class, () -> outbox)
                .withBean(Clock.class, () -> wiringClock)
                .withPropertyValues("backboard.mail.port=587", "backboard.mail.starttls=true", "backboard.mail.poll=5s");
    }

    @Test
    void withoutAMailServerScreensAreToldAndDueMailWaitsNeitherSentNorFailed() {
        // due in an hour: the shared context's job leaves it alone, a job running a day ahead would not
        Instant inAnHour = clock.instant().plus(Duration.ofHours(1));
        OutboxId id = transaction.execute(status -> outbox.enqueue(OutgoingMail.to("waiting@patients.example",
                MailKind.REMINDER, "A check-in is due", "https://backboard.example/app"), inAnHour));
        Clock aDayAhead = Clock.fixed(inAnHour.plus(Duration.ofDays(1)), ZoneOffset.UTC);

        try {
            mailWiring(aDayAhead).withPropertyValues("backboard.mail.host=", "backboard.mail.from=").run(context -> {
                assertThat(context).hasNotFailed();
                MailAvailability availability = context.getBean(MailAvailability.class);
                assertThat(availability.configured()).isFalse();
                assertThat(availability.notice()).isPresent();
                context.getBean(OutboxJob.class).run();
            });

            DeliveryStatus status = outbox.status(id).orElseThrow();
            assertThat(status.state()).isEqualTo(DeliveryState.QUEUED);
            assertThat(status.failedAttempts()).isZero();
            assertThat(jdbc.queryForObject("select claim is null from mail_outbox where id = ?", Boolean.class,
                    id.value())).as("not even claimed").isTrue();
        } finally {
            jdbc.update("delete from mail_outbox where id = ?", id.value());
        }
    }

    @Test
    void aMailServerWithoutASenderAddressStopsStartUpSayingWhatIsMissing() {
        mailWiring(clock).withPropertyValues("backboard.mail.host=smtp.clinic.example", "backboard.mail.from=")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("BACKBOARD_MAIL_FROM"));
    }

    @Test
    void aMailServerWithASenderAddressMakesMailAvailable() {
        mailWiring(clock).withPropertyValues("backboard.mail.host=smtp.clinic.example",
                "backboard.mail.from=backboard@clinic.example").run(context ->
                assertThat(context.getBean(MailAvailability.class).notice()).isEmpty());
    }
}
