package org.backboard.core.program;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adherence of a program over a window (docs/clinical-rules.md section 5.5), each day read against the version
 * in force that day: a version asking for n sessions a week prescribes n/7 of a session per day,
 * and the window's prescribed sessions are that sum, kept exact (never rounded per version or per
 * window: a program started today at 3 a week already asks for 3/7). Days before the program
 * started prescribe nothing. Completed sessions are the sessions recorded in the window.
 */
public final class ProgramAdherence {

    private ProgramAdherence() {
    }

    /** One week of the 12-week clock (week 1 starts on the day of symptom onset). */
    public record Week(long number, LocalDate from, LocalDate to, int completed, Optional<Adherence> adherence) {
    }

    /**
     * The sum over the window's days of the sessions a week asked by the version in force: seven
     * times the prescribed sessions. Kept whole so SQL can add it up the same way.
     */
    public static long sessionDays(Program program, LocalDate from, LocalDate to) {
        long sum = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            sum += program.inForceOn(day).map(ProgramVersion::sessionsPerWeek).orElse(0);
        }
        return sum;
    }

    public static Optional<Adherence> over(Program program, List<ExerciseSession> sessions, LocalDate from,
                                           LocalDate to) {
        return Adherence.overSessionDays(completedBetween(sessions, from, to), sessionDays(program, from, to));
    }

    /** The last {@code days} days up to and including {@code asOf}. */
    public static Optional<Adherence> lastDays(Program program, List<ExerciseSession> sessions, int days,
                                               LocalDate asOf) {
        return over(program, sessions, asOf.minusDays(days - 1L), asOf);
    }

    /**
     * Week by week of the clock, from the week the program started to the week holding {@code asOf};
     * the current week counts only the days so far.
     */
    public static List<Week> weekly(Program program, List<ExerciseSession> sessions, LocalDate onset,
                                    LocalDate asOf) {
        List<Week> weeks = new ArrayList<>();
        if (program.startDate().isAfter(asOf)) {
            return weeks;
        }
        long firstWeek = ChronoUnit.DAYS.between(onset, program.startDate()) / 7 + 1;
        long lastWeek = ChronoUnit.DAYS.between(onset, asOf) / 7 + 1;
        for (long week = Math.max(1, firstWeek); week <= lastWeek; week++) {
            LocalDate from = onset.plusDays((week - 1) * 7);
            LocalDate to = from.plusDays(6).isAfter(asOf) ? asOf : from.plusDays(6);
            weeks.add(new Week(week, from, to, completedBetween(sessions, from, to),
                    over(program, sessions, from, to)));
        }
        return weeks;
    }

    private static int completedBetween(List<ExerciseSession> sessions, LocalDate from, LocalDate to) {
        return (int) sessions.stream().filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to)).count();
    }
}
