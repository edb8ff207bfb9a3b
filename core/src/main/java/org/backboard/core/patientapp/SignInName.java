package org.backboard.core.patientapp;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.backboard.core.shared.Texts;

/** The name a patient signs in with: a user name of their choosing, or their email address. */
public record SignInName(String value) {

    public static final int MAX_LENGTH = 100;
    private static final Pattern USER_NAME = Pattern.compile("[a-z0-9._-]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]+");
    static final String RULE = "Use 3 to 40 letters, digits, dots, dashes or underscores, or your email address";

    public SignInName {
        problem(value).ifPresent(message -> {
            throw new IllegalArgumentException(message);
        });
    }

    /** Names are compared without case and outer spaces, as people type them on a phone. */
    public static String normalise(String raw) {
        return raw == null ? "" : Texts.storable(raw, Texts.Shape.LINE).strip().toLowerCase(Locale.ROOT);
    }

    public static Optional<SignInName> parse(String raw) {
        String value = normalise(raw);
        return problem(value).isEmpty() ? Optional.of(new SignInName(value)) : Optional.empty();
    }

    public static Optional<String> problem(String value) {
        if (value == null || value.length() > MAX_LENGTH
                || !(USER_NAME.matcher(value).matches() || EMAIL.matcher(value).matches())) {
            return Optional.of(RULE);
        }
        return Optional.empty();
    }
}
