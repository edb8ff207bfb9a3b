package org.backboard.ui.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.backboard.core.mail.MailAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP server mail leaves through, from the BACKBOARD_MAIL_* variables (application.properties
 * maps them). No host means no mail server: mail is queued and waits.
 *
 * @param starttls true: the connection must switch to TLS before anything is sent (never in clear text)
 * @param poll how long the outbox job rests between runs
 */
@ConfigurationProperties("backboard.mail")
record MailServerSettings(String host, int port, String username, String password, String from, boolean starttls,
                          Duration poll) {

    /** Each step of a send (connecting, each command, writing) gives up after this; far inside the outbox's lease. */
    static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);

    MailServerSettings {
        host = host == null ? "" : host.strip();
        if (!host.isEmpty()) {
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("BACKBOARD_MAIL_PORT must be a port number from 1 to 65535, not " + port);
            }
            if (MailAddress.problem(from).isPresent()) {
                throw new IllegalArgumentException("BACKBOARD_MAIL_FROM must be the address Backboard's mail comes "
                        + "from, like backboard@clinic.example, when BACKBOARD_MAIL_HOST is set");
            }
            if (poll == null || poll.isNegative() || poll.isZero()) {
                throw new IllegalArgumentException("BACKBOARD_MAIL_POLL must be a positive duration such as 5s");
            }
        }
    }

    boolean configured() {
        return !host.isEmpty();
    }

    MailAddress sender() {
        return new MailAddress(from);
    }

    /** Spring's sender for this server; only the SMTP transport holds it, so nothing sends around the outbox. */
    JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(host);
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        Properties smtp = new Properties();
        Optional.ofNullable(username).filter(name -> !name.isBlank()).ifPresent(name -> {
            sender.setUsername(name);
            sender.setPassword(password);
            smtp.setProperty("mail.smtp.auth", "true");
        });
        smtp.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
        smtp.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
        String timeout = Long.toString(STEP_TIMEOUT.toMillis());
        smtp.setProperty("mail.smtp.connectiontimeout", timeout);
        smtp.setProperty("mail.smtp.timeout", timeout);
        smtp.setProperty("mail.smtp.writetimeout", timeout);
        sender.setJavaMailProperties(smtp);
        return sender;
    }

    /** For the start-up line: where mail goes, without credentials. */
    String describe() {
        return host + ":" + port + (starttls ? " (STARTTLS required)" : " (no TLS)");
    }
}
