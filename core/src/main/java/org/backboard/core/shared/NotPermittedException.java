package org.backboard.core.shared;

/** The actor's role does not allow this operation at all (not a question of which record). */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String operation) {
        super("Not permitted: " + operation);
    }
}
