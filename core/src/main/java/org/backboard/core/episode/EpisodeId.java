package org.backboard.core.episode;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record EpisodeId(UUID value) {

    public EpisodeId {
        Objects.requireNonNull(value, "episode id");
    }

    public static EpisodeId newId() {
        return new EpisodeId(UUID.randomUUID());
    }

    public static Optional<EpisodeId> parse(String raw) {
        try {
            return Optional.of(new EpisodeId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
