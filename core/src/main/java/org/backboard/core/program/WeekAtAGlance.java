package org.backboard.core.program;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.backboard.core.exercise.ExerciseId;

/**
 * This week (Monday to Sunday) of a program at a glance: sessions done against the sessions the
 * version in force today asks for, and each of its exercises' count. A glance at what the patient
 * is doing now; adherence over longer windows reads each day against its own version.
 */
public record WeekAtAGlance(LocalDate monday, ProgramVersion version, int sessionsDone, int sessionsAsked,
                            List<ExerciseCount> exercises, boolean anyTooHard) {

    public record ExerciseCount(ExerciseId exercise, int done, int asked) {
    }

    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** {@code sessions} are the program's sessions of the week that holds {@code today}. */
    public static WeekAtAGlance of(ProgramVersion version, List<ExerciseSession> sessions, LocalDate today) {
        LocalDate monday = mondayOf(today);
        List<ExerciseSession> thisWeek = sessions.stream()
                .filter(s -> !s.date().isBefore(monday) && !s.date().isAfter(today)).toList();
        List<ExerciseCount> counts = version.prescriptions().stream()
                .map(p -> new ExerciseCount(p.exercise(),
                        (int) thisWeek.stream().filter(s -> s.completed().contains(p.exercise())).count(),
                        p.dosage().sessionsPerWeek()))
                .toList();
        return new WeekAtAGlance(monday, version, thisWeek.size(), version.sessionsPerWeek(), counts,
                thisWeek.stream().anyMatch(ExerciseSession::tooHard));
    }
}
