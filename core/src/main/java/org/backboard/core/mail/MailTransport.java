package org.backboard.core.mail;

/** Port: hands one message to the mail server. */
public interface MailTransport {

    /**
     * Returns once the server has accepted the message. The Message-ID is derived from {@code id}
     * alone, so a message sent twice carries the same one both times.
     *
     * @throws MailTransportException when the server could not be reached or did not accept it
     */
    void send(OutboxId id, OutgoingMail mail) throws MailTransportException;
}
