package org.backboard.core.apiclient;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** An API client's id; also its OAuth 2 client id. */
public record ApiClientId(UUID value) {

    public ApiClientId {
        Objects.requireNonNull(value, "API client id");
    }

    public static ApiClientId newId() {
        return new ApiClientId(UUID.randomUUID());
    }

    /** Parses an id a caller sent; empty when it is not one. */
    public static Optional<ApiClientId> parse(String raw) {
        try {
            return Optional.of(new ApiClientId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
