package org.backboard.core.shared;

/**
 * Someone else saved the same record after it was loaded. Raised by ports when the stored
 * version no longer matches, so a second save never silently overwrites the first.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super("Someone else changed " + what + " after you opened it. Reload to see their change, then apply yours again.");
    }
}
