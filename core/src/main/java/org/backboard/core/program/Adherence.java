package org.backboard.core.program;

import java.util.Optional;

/**
 * Adherence over a window (docs/clinical-rules.md section 5.5): completed sessions over prescribed sessions,
 * capped at 100 %; GOOD from 80 %, PARTIAL from 50 %, else LOW. The prescribed sessions are kept exact, as
 * session-days (each day adds the sessions a week in force that day, so prescribed = session-days ÷ 7), and
 * compared as exact fractions, so 79.9 % is PARTIAL and a program started today already asks for 3/7 of a
 * session. Only what is shown is rounded.
 */
public record Adherence(int completed, long sessionDays, Level level) {

    public enum Level { GOOD, PARTIAL, LOW }

    /** Empty when nothing was prescribed in the window; {@code completed} counts as at most what was prescribed. */
    public static Optional<Adherence> overSessionDays(int completed, long sessionDays) {
        if (completed < 0 || sessionDays < 0) {
            throw new IllegalArgumentException("sessions are counted from 0");
        }
        if (sessionDays == 0) {
            return Optional.empty();
        }
        long sevenths = Math.min(completed * 7L, sessionDays);
        Level level = sevenths * 100 >= 80 * sessionDays ? Level.GOOD
                : sevenths * 100 >= 50 * sessionDays ? Level.PARTIAL : Level.LOW;
        return Optional.of(new Adherence(completed, sessionDays, level));
    }

    /**
     * Whether the window asked for at least one whole session: before that nobody can be behind
     * (a program started today at 3 a week asks for 3/7 of one), so low adherence is not raised
     * and the clinic's spread counts the program as having nothing due yet.
     */
    public boolean wholeSessionDue() {
        return sessionDays >= 7;
    }

    /** A window that prescribed a whole number of sessions. */
    public static Optional<Adherence> of(int completed, int prescribed) {
        return overSessionDays(completed, prescribed * 7L);
    }

    /** Whole percent, rounded half up, at most 100. */
    public int percent() {
        long sevenths = Math.min(completed * 7L, sessionDays);
        return (int) ((sevenths * 200 + sessionDays) / (sessionDays * 2));
    }

    /** The prescribed sessions as shown: whole, or to one decimal (halves up) when the window asks for a part. */
    public String prescribedShown() {
        long tenths = (sessionDays * 20 + 7) / 14;
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10;
    }
}
