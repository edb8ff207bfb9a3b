package org.backboard.core.mail;

import java.util.Optional;

/**
 * Whether this installation can send mail. Without a mail server everything else works: mail is
 * queued as usual and waits, neither lost nor failed, until one is configured. A screen that
 * queues mail shows {@link #notice()} so nobody expects a mail that cannot leave yet.
 */
public record MailAvailability(boolean configured) {

    static final String NOT_CONFIGURED = "Mail is not set up on this server yet, so nothing is sent for now. "
            + "Messages are kept and go out once an administrator sets it up.";

    public static MailAvailability sending() {
        return new MailAvailability(true);
    }

    public static MailAvailability notConfigured() {
        return new MailAvailability(false);
    }

    /** What a screen says when mail cannot leave; empty when it can. */
    public Optional<String> notice() {
        return configured ? Optional.empty() : Optional.of(NOT_CONFIGURED);
    }
}
