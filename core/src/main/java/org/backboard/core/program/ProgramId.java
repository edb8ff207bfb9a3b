package org.backboard.core.program;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public record ProgramId(UUID value) {

    public ProgramId {
        Objects.requireNonNull(value, "program id");
    }

    public static ProgramId newId() {
        return new ProgramId(UUID.randomUUID());
    }

    public static Optional<ProgramId> parse(String raw) {
        try {
            return Optional.of(new ProgramId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
