package org.backboard.core.clinician;

import java.util.Optional;

/** Rules for a new password: at least 12 characters (not counting surrounding spaces) and not the user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads only the first 72 bytes: a longer password would look stronger than it is. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static Optional<String> problem(Username username, String rawPassword) {
        if (rawPassword == null || rawPassword.strip().length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (rawPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (about 70 characters)");
        }
        if (rawPassword.strip().equalsIgnoreCase(username.value())) {
            return Optional.of("The password must not be the user name");
        }
        return Optional.empty();
    }
}
