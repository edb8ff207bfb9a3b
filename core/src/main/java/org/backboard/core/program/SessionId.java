package org.backboard.core.program;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record SessionId(UUID value) {

    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId newId() {
        return new SessionId(UUID.randomUUID());
    }

    public static Optional<SessionId> parse(String raw) {
        try {
            return Optional.of(new SessionId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
