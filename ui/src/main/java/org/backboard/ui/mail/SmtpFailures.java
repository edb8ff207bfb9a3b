package org.backboard.ui.mail;

import jakarta.mail.SendFailedException;
import java.util.Optional;
import org.backboard.core.mail.MailTransportException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * Turns what Spring's mail support threw into the outbox's terms: whether trying the same message
 * again can help, and why, in words that carry no address (the core blanks out any the server's
 * own text still has).
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static MailTransportException describe(MailException failure) {
        if (failure instanceof MailParseException || failure instanceof MailPreparationException) {
            return new MailTransportException("the message could not be built" + detail(failure), true);
        }
        if (failure instanceof MailAuthenticationException) {
            return new MailTransportException("the mail server refused Backboard's sign-in" + detail(failure), false);
        }
        Throwable cause = failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()
                ? send.getFailedMessages().values().iterator().next() : failure;
        if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0) {
            // the server answered 5xx to the recipient: it will not take this address however often we try
            return new MailTransportException("the mail server refused the recipient" + detail(refused), true);
        }
        if (cause instanceof SendFailedException) {
            return new MailTransportException("the mail server did not take the message" + detail(cause), false);
        }
        return new MailTransportException("could not hand the message to the mail server" + detail(cause), false);
    }

    /** The innermost cause's type and message, for whoever reads the log or the outbox row. */
    private static String detail(Throwable failure) {
        Throwable innermost = failure;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = Optional.ofNullable(innermost.getMessage()).map(text -> ": " + text).orElse("");
        return " (" + innermost.getClass().getSimpleName() + message + ")";
    }
}
