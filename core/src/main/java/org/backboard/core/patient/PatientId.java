package org.backboard.core.patient;

import java.util.Objects;
import java.util.UUID;

public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "patient id");
    }

    public static PatientId newId() {
        return new PatientId(UUID.randomUUID());
    }

    /** Parses an id from a URL; empty when it is not a valid id. */
    public static java.util.Optional<PatientId> parse(String raw) {
        try {
            return java.util.Optional.of(new PatientId(UUID.fromString(raw)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }
}
