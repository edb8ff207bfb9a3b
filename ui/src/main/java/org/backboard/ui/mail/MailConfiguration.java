package org.backboard.ui.mail;

import java.time.Clock;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailDispatcher;
import org.backboard.core.mail.Outbox;
import org.backboard.core.mail.RetrySchedule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Outgoing mail: whether it can leave, and the job that sends it. The Spring mail sender is built
 * inside the SMTP transport and never registered as a bean, so every mail goes through the outbox
 * (and Boot adds no mail health check that would take the node out of a load balancer while the
 * mail server is away).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling // the application's one: other scheduled jobs need no switch of their own
@EnableConfigurationProperties(MailServerSettings.class)
class MailConfiguration {

    /** Messages claimed per run: one run finishes well inside the dispatcher's lease. */
    static final int BATCH_SIZE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    MailAvailability mailAvailability(MailServerSettings server) {
        if (server.configured()) {
            LOG.info("Mail goes out through {}", server.describe());
            return MailAvailability.sending();
        }
        LOG.info("Mail is not configured (BACKBOARD_MAIL_HOST is empty): mail is kept in the outbox until it is");
        return MailAvailability.notConfigured();
    }

    @Bean
    OutboxJob outboxJob(MailServerSettings server, Outbox outbox, Clock clock) {
        if (!server.configured()) {
            return OutboxJob.idle();
        }
        SmtpMailTransport transport = new SmtpMailTransport(server.mailSender(), server.sender());
        return OutboxJob.sending(new MailDispatcher(outbox, transport, RetrySchedule.standard(), BATCH_SIZE, clock));
    }
}
