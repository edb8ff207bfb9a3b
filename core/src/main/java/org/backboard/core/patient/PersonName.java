package org.backboard.core.patient;

import java.util.Optional;
import org.backboard.core.shared.Texts;

/** Given and family name, each 1-100 characters. */
public record PersonName(String given, String family) {

    static final int MAX_LENGTH = 100;

    public PersonName {
        requireValid(given, "Given name");
        requireValid(family, "Family name");
        given = Texts.strip(given);
        family = Texts.strip(family);
    }

    /** Lenient on characters: names stored before the text rules still load (see {@link Texts#present}). */
    private static void requireValid(String part, String label) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException(label + " is required");
        }
        if (!Texts.present(part, MAX_LENGTH)) {
            throw new IllegalArgumentException(label + " must be at most " + MAX_LENGTH + " characters");
        }
    }

    public static Optional<String> problem(String part, String label) {
        if (Texts.isBlank(part)) {
            return Optional.of(label + " is required");
        }
        Optional<String> unstorable = Texts.problem(part, Texts.Shape.LINE);
        if (unstorable.isPresent()) {
            return unstorable;
        }
        if (Texts.strip(part).length() > MAX_LENGTH) {
            return Optional.of(label + " must be at most " + MAX_LENGTH + " characters");
        }
        return Optional.empty();
    }

    /** "Family, Given": how rosters sort and show names. */
    public String sortable() {
        return family + ", " + given;
    }
}
