package org.backboard.core.mail;

import java.util.List;

/**
 * What one dispatch run did, by outbox id only: the log line made from it must name no address.
 *
 * @param sent accepted by the mail server
 * @param retrying failed, queued again for later
 * @param givenUp failed for good, kept as FAILED
 * @param deferred claimed but handed back unsent (the run stopped early), due again at once
 * @param leaseLost the outcome could not be recorded: the lease had run out and another claim holds it
 */
public record DispatchReport(List<OutboxId> sent, List<Failure> retrying, List<Failure> givenUp,
                             List<OutboxId> deferred, List<OutboxId> leaseLost) {

    /** A send that failed, and why. */
    public record Failure(OutboxId id, FailureReason reason) {
    }

    public DispatchReport {
        sent = List.copyOf(sent);
        retrying = List.copyOf(retrying);
        givenUp = List.copyOf(givenUp);
        deferred = List.copyOf(deferred);
        leaseLost = List.copyOf(leaseLost);
    }

    public boolean nothingHappened() {
        return sent.isEmpty() && retrying.isEmpty() && givenUp.isEmpty() && deferred.isEmpty() && leaseLost.isEmpty();
    }
}
