package org.backboard.core.patient;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Medical record number: the clinic's own identifier. Stored upper-case so that "ab-12" and
 * "AB-12" cannot become two patients.
 */
public record Mrn(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{3,20}");

    public Mrn {
        problem(value).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
        value = normalise(value);
    }

    public static Mrn of(String raw) {
        return new Mrn(normalise(raw));
    }

    public static Optional<String> problem(String raw) {
        String value = normalise(raw);
        if (value == null || value.isEmpty()) {
            return Optional.of("MRN is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            return Optional.of("MRN must be 3-20 letters, digits or dashes");
        }
        return Optional.empty();
    }

    private static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
