package org.backboard.core.redflag;

/** Hears of every red flag raised in the clinic, see {@link FlagAlerts}. */
@FunctionalInterface
public interface FlagRaisedListener {

    /** Called on the thread that hears the news: hand slow work to another thread. */
    void flagRaised(FlagRaised flag);
}
