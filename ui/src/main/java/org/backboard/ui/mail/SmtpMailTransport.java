package org.backboard.ui.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailTransport;
import org.backboard.core.mail.MailTransportException;
import org.backboard.core.mail.OutboxId;
import org.backboard.core.mail.OutgoingMail;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends one outbox message as a plain-text mail through Spring's {@link JavaMailSender}. */
class SmtpMailTransport implements MailTransport {

    private final JavaMailSender sender;
    private final MailAddress from;

    SmtpMailTransport(JavaMailSender sender, MailAddress from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(OutboxId id, OutgoingMail mail) throws MailTransportException {
        MimeMessage message;
        try {
            message = compose(id, mail);
        } catch (MessagingException e) {
            throw new MailTransportException("the message could not be built (" + e.getClass().getSimpleName() + ")",
                    true);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw SmtpFailures.describe(e);
        }
    }

    private MimeMessage compose(OutboxId id, OutgoingMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(from.value());
        helper.setTo(mail.recipient().value());
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        // the same id on every attempt, so a mail sent twice (at-least-once) is recognisably one
        message.setHeader("Message-ID", messageId(id, from));
        // RFC 3834: an automatic mail, so out-of-office replies are not sent back to it
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    static String messageId(OutboxId id, MailAddress from) {
        return "<" + id.value() + "@" + from.domain() + ">";
    }
}
