package org.backboard.core.signin;

import java.time.Instant;

/** Port: sign-in attempts per name. */
public interface SignInAttempts {

    /**
     * The state for the name, created fresh if there is none, and locked against other attempts
     * under the same name until the surrounding transaction ends.
     */
    AttemptState lockForUpdate(String username, Instant now);

    void save(AttemptState state);

    void clear(String username);
}
