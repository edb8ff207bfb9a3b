package org.backboard.core.program;

import java.util.Optional;

/**
 * Adherence over a window (docs/clinical-rules.md section 5.5): completed sessions over prescribed sessions,
 * capped at 100 %; GOOD from 80 %, PARTIAL from 50 %, else LOW. Compared as exact fractions, so
 * 79.9 % is PARTIAL.
 */
public record Adherence(int completed, int prescribed, Level level) {

    public enum Level { GOOD, PARTIAL, LOW }

    /** Empty when nothing was prescribed in the window. */
    public static Optional<Adherence> of(int completed, int prescribed) {
        if (completed < 0 || prescribed < 0) {
            throw new IllegalArgumentException("sessions are counted from 0");
        }
        if (prescribed == 0) {
            return Optional.empty();
        }
        int capped = Math.min(completed, prescribed);
        Level level = capped * 100L >= 80L * prescribed ? Level.GOOD
                : capped * 100L >= 50L * prescribed ? Level.PARTIAL : Level.LOW;
        return Optional.of(new Adherence(capped, prescribed, level));
    }

    /** Whole percent, rounded half up. */
    public int percent() {
        return (int) Math.round(completed * 100.0 / prescribed);
    }
}
