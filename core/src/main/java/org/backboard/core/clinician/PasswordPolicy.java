package org.backboard.core.clinician;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Rules for a new password, after NIST SP 800-63B: at least 12 characters (not counting surrounding
 * spaces), at most what BCrypt reads, not the user name, not a pattern of repeats or runs and not a
 * common password. No rules about character classes: length and unpredictability are what count.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads only the first 72 bytes: a longer password would look stronger than it is. */
    public static final int MAX_BYTES = 72;
    /** The rule in a few words, for the helper text under a password field. */
    public static final String HINT = "at least " + MIN_LENGTH + " characters; not the user name, a common password "
            + "or a pattern like 1234; a few unrelated words work well";

    private PasswordPolicy() {
    }

    public static Optional<String> problem(Username username, String rawPassword) {
        return problem(username.value(), rawPassword);
    }

    /** The same rules for any sign-in name (a patient's may be their email address). */
    public static Optional<String> problem(String signInName, String rawPassword) {
        if (rawPassword == null || rawPassword.strip().length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (rawPassword.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (about 70 characters)");
        }
        if (rawPassword.strip().equalsIgnoreCase(signInName)) {
            return Optional.of("The password must not be the user name");
        }
        if (PasswordPatterns.isTrivial(rawPassword)) {
            return Optional.of("Avoid repeated characters and runs like 1234 or abcd");
        }
        if (CommonPasswords.contains(rawPassword)) {
            return Optional.of("This password is too common: choose another (a few unrelated words make a good one)");
        }
        return Optional.empty();
    }
}
