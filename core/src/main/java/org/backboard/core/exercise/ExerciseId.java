package org.backboard.core.exercise;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ExerciseId(UUID value) {

    public ExerciseId {
        Objects.requireNonNull(value, "exercise id");
    }

    public static ExerciseId newId() {
        return new ExerciseId(UUID.randomUUID());
    }

    public static Optional<ExerciseId> parse(String raw) {
        try {
            return Optional.of(new ExerciseId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
