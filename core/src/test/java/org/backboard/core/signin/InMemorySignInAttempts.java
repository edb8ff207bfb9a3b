package org.backboard.core.signin;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Test fake of the attempt store (single-threaded, so "locking" is just a lookup). */
public final class InMemorySignInAttempts implements SignInAttempts {

    private final Map<String, AttemptState> stored = new HashMap<>();

    @Override
    public AttemptState lockForUpdate(String username, Instant now) {
        return stored.computeIfAbsent(username, name -> AttemptState.fresh(name, now));
    }

    @Override
    public void save(AttemptState state) {
        stored.put(state.username(), state);
    }

    @Override
    public void clear(String username) {
        stored.remove(username);
    }

    public Optional<AttemptState> find(String username) {
        return Optional.ofNullable(stored.get(username));
    }
}
