package org.backboard.core.apiclient;

import java.time.Instant;
import java.util.Optional;

/** Port: the bearer tokens handed out, by the SHA-256 of each (a copy of the table holds no usable token). */
public interface ApiTokens {

    void add(String tokenHash, IssuedToken token);

    Optional<IssuedToken> find(String tokenHash);

    void remove(String tokenHash);

    /** Forgets tokens that expired before {@code now}; they could no longer be used anyway. */
    void removeExpired(Instant now);
}
