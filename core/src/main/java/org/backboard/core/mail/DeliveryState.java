package org.backboard.core.mail;

/** Where a message in the outbox stands. */
public enum DeliveryState {
    /** Waiting to be sent: new, or failed before and due again at its next attempt. */
    QUEUED,
    /** The SMTP server accepted it. */
    SENT,
    /** Given up: refused for good, or every attempt failed. The row stays for the record. */
    FAILED
}
