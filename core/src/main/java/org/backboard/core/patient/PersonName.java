package org.backboard.core.patient;

import java.util.Optional;

/** Given and family name, each 1-100 characters. */
public record PersonName(String given, String family) {

    static final int MAX_LENGTH = 100;

    public PersonName {
        requireValid(given, "Given name");
        requireValid(family, "Family name");
        given = given.strip();
        family = family.strip();
    }

    private static void requireValid(String part, String label) {
        problem(part, label).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    public static Optional<String> problem(String part, String label) {
        if (part == null || part.isBlank()) {
            return Optional.of(label + " is required");
        }
        if (part.strip().length() > MAX_LENGTH) {
            return Optional.of(label + " must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** "Family, Given": how rosters sort and show names. */
    public String sortable() {
        return family + ", " + given;
    }
}
