package org.backboard.core.signin;

import java.util.Optional;

/** Port: failed sign-in counts per name. */
public interface SignInAttempts {

    Optional<AttemptState> find(String username);

    void save(AttemptState state);

    void clear(String username);
}
