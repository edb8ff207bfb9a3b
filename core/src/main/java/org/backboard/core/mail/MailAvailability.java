package org.backboard.core.mail;

import java.util.Optional;

/**
 * Whether this installation can send mail. Without a mail server everything else works. Mail that
 * is still worth having later (a daily reminder) is queued as usual and waits, neither lost nor
 * failed, until one is configured: a screen that queues it shows {@link #notice()}. Mail that would
 * only mislead once it finally left (an invitation that may have expired, an alert about a flag
 * long since handled) is not queued at all: a screen whose action would send it shows
 * {@link #noMailNotice()}. Either way nobody expects a mail that will not come.
 */
public record MailAvailability(boolean configured) {

    static final String NOT_CONFIGURED = "Mail is not set up on this server yet, so nothing is sent for now. "
            + "Messages are kept and go out once an administrator sets it up.";
    static final String NO_MAIL = "Mail is not set up on this server: no mail will be sent.";

    public static MailAvailability sending() {
        return new MailAvailability(true);
    }

    public static MailAvailability notConfigured() {
        return new MailAvailability(false);
    }

    /** What a screen that queues mail to wait says when mail cannot leave; empty when it can. */
    public Optional<String> notice() {
        return configured ? Optional.empty() : Optional.of(NOT_CONFIGURED);
    }

    /** What a screen whose action sends mail only while mail is set up says when it is not; empty when it is. */
    public Optional<String> noMailNotice() {
        return configured ? Optional.empty() : Optional.of(NO_MAIL);
    }
}
