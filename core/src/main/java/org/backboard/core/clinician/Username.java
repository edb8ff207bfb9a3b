package org.backboard.core.clinician;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A login name: 3-40 lower-case letters, digits, dots, dashes or underscores. */
public record Username(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9._-]{3,40}");

    public Username {
        problem(value).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    public static Username of(String raw) {
        return new Username(normalise(raw));
    }

    /** The username typed at sign-in or setup, if it is a valid one. */
    public static Optional<Username> parse(String raw) {
        String value = normalise(raw);
        return problem(value).isEmpty() ? Optional.of(new Username(value)) : Optional.empty();
    }

    private static String normalise(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<String> problem(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            return Optional.of("Use 3-40 lower-case letters, digits, dots, dashes or underscores");
        }
        return Optional.empty();
    }
}
