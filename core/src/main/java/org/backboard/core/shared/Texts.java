package org.backboard.core.shared;

import java.util.Optional;

/** Small helpers for optional free-text input. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text, or empty when the input is null or blank. */
    public static Optional<String> trimToEmpty(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(raw.strip());
    }
}
