package org.backboard.core.redflag;

/**
 * Port: news of every red flag raised in the clinic, whoever recorded it (a clinician or, later,
 * the patient) and on whichever application node, told only once its transaction has committed.
 * A rolled-back raise is never told; one may be told twice (after a lost connection), so
 * listeners compare with what they already show.
 */
public interface FlagAlerts {

    void subscribe(FlagRaisedListener listener);

    void unsubscribe(FlagRaisedListener listener);
}
