package org.backboard.core.apiclient;

import java.util.Objects;

/**
 * The API client on whose behalf a read runs, as its bearer token named it. What it may read is
 * decided from the client as stored now ({@link ApiClientCheck}), never from the token.
 */
public record ApiClientActor(ApiClientId id) {

    public ApiClientActor {
        Objects.requireNonNull(id, "API client");
    }
}
