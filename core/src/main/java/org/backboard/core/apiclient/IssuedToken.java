package org.backboard.core.apiclient;

import java.time.Instant;
import java.util.Objects;

/** A bearer token handed to a client: whose, and for how long. Stored under the token's hash only. */
public record IssuedToken(ApiClientId client, Instant issuedAt, Instant expiresAt) {

    public IssuedToken {
        Objects.requireNonNull(client, "client");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }
}
