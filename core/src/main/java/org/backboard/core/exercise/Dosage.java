package org.backboard.core.exercise;

import java.util.Objects;

/**
 * How much of an exercise: sets, each of a number of repetitions or of a held position, and how
 * many sessions a week. The ranges are the prescription limits.
 */
public record Dosage(int sets, Effort effort, int sessionsPerWeek) {

    public static final int MIN_SETS = 1;
    public static final int MAX_SETS = 10;
    public static final int MIN_SESSIONS = 1;
    public static final int MAX_SESSIONS = 14;

    public Dosage {
        Objects.requireNonNull(effort, "effort");
        if (sets < MIN_SETS || sets > MAX_SETS) {
            throw new IllegalArgumentException("sets must be 1-10");
        }
        if (sessionsPerWeek < MIN_SESSIONS || sessionsPerWeek > MAX_SESSIONS) {
            throw new IllegalArgumentException("sessions per week must be 1-14");
        }
    }

    public static Dosage reps(int sets, int reps, int sessionsPerWeek) {
        return new Dosage(sets, new Reps(reps), sessionsPerWeek);
    }

    public static Dosage hold(int sets, int seconds, int sessionsPerWeek) {
        return new Dosage(sets, new Hold(seconds), sessionsPerWeek);
    }

    /** For example "3 × 10 reps, 5×/week", "2 × 30 s hold, daily" or "once, 5×/week". */
    public String text() {
        String week = sessionsPerWeek == 7 ? "daily" : sessionsPerWeek == 14 ? "twice daily" : sessionsPerWeek + "×/week";
        // a single repetition (a walk, a breathing round) reads as "once"
        String amount = sets == 1 && effort.equals(new Reps(1)) ? "once" : sets + " × " + effort.text();
        return amount + ", " + week;
    }

    /** What one set asks for. */
    public sealed interface Effort permits Reps, Hold {
        String text();
    }

    public record Reps(int count) implements Effort {
        public static final int MIN = 1;
        public static final int MAX = 50;

        public Reps {
            if (count < MIN || count > MAX) {
                throw new IllegalArgumentException("reps must be 1-50");
            }
        }

        @Override
        public String text() {
            return count + (count == 1 ? " rep" : " reps");
        }
    }

    public record Hold(int seconds) implements Effort {
        public static final int MIN = 5;
        public static final int MAX = 120;

        public Hold {
            if (seconds < MIN || seconds > MAX) {
                throw new IllegalArgumentException("hold must be 5-120 seconds");
            }
        }

        @Override
        public String text() {
            return seconds + " s hold";
        }
    }
}
