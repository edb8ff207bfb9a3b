package org.backboard.core.shared;

/**
 * Someone else saved the same record after it was loaded. Raised by ports when the stored
 * version no longer matches, so a second save never silently overwrites the first.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super(what + " was changed by someone else in the meantime. Reload it and apply your change again.");
    }
}
