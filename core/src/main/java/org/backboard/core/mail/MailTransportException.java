package org.backboard.core.mail;

/** A send that failed, with a reason fit to store and log (see {@link FailureReason}). */
public class MailTransportException extends Exception {

    private final FailureReason reason;
    private final boolean permanent;

    /**
     * @param reason why, preferably in words that name no address or message text (any address
     *               left in is blanked out)
     * @param permanent true when sending the same message again cannot succeed (the server refused
     *                  the recipient, the message cannot be built), so retrying is pointless
     */
    public MailTransportException(String reason, boolean permanent) {
        this(new FailureReason(reason), permanent);
    }

    public MailTransportException(FailureReason reason, boolean permanent) {
        super(reason.text());
        this.reason = reason;
        this.permanent = permanent;
    }

    public FailureReason reason() {
        return reason;
    }

    public boolean permanent() {
        return permanent;
    }
}
