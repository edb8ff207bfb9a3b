package org.backboard.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patient.PatientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adherence over windows (docs/clinical-rules.md section 5.5), each day read against the version in force that day. */
class ProgramAdherenceTest {

    private static final ClinicianId TESS = new ClinicianId(UUID.randomUUID());
    private static final ExerciseId BRIDGE = new ExerciseId(UUID.randomUUID());
    private static final LocalDate START = LocalDate.of(2026, 11, 2);
    private static final Instant AT = Instant.parse("2026-11-01T09:00:00Z");

    private static List<Prescription> perWeek(int sessions) {
        return List.of(new Prescription(BRIDGE, Dosage.reps(3, 10, sessions), ""));
    }

    private static Program fivePerWeek() {
        return Program.start(new EpisodeId(UUID.randomUUID()), new PatientId(UUID.randomUUID()), START, perWeek(5),
                TESS, AT);
    }

    private static List<ExerciseSession> sessionsOn(Program program, LocalDate... days) {
        List<ExerciseSession> sessions = new ArrayList<>();
        for (LocalDate day : days) {
            sessions.add(new ExerciseSession(SessionId.newId(), program.id(), program.patient(), day, Set.of(BRIDGE),
                    Optional.empty(), Optional.empty(), false, "", SessionSource.CLINIC_VISIT, Optional.of(TESS), AT));
        }
        return sessions;
    }

    @Test
    void aProgramStartedTodayAtThreeAWeekAlreadyAsksForThreeSeventhsOfASession() {
        Program program = Program.start(new EpisodeId(UUID.randomUUID()), new PatientId(UUID.randomUUID()), START,
                perWeek(3), TESS, AT);
        Adherence none = ProgramAdherence.lastDays(program, List.of(), 14, START).orElseThrow();
        assertThat(none.sessionDays()).isEqualTo(3);
        assertThat(none.prescribedShown()).isEqualTo("0.4");
        assertThat(none.level()).isEqualTo(Adherence.Level.LOW);
        Adherence one = ProgramAdherence.lastDays(program, sessionsOn(program, START), 14, START).orElseThrow();
        assertThat(one.percent()).isEqualTo(100);
        assertThat(one.level()).isEqualTo(Adherence.Level.GOOD);
    }

    @Test
    void fourteenDaysAtFiveAWeekPrescribeTen() {
        Program program = fivePerWeek();
        LocalDate today = START.plusDays(20);
        List<ExerciseSession> done = sessionsOn(program, today, today.minusDays(1), today.minusDays(13),
                today.minusDays(14));
        Adherence adherence = ProgramAdherence.lastDays(program, done, 14, today).orElseThrow();
        assertThat(adherence.prescribedShown()).isEqualTo("10");
        assertThat(adherence.completed()).isEqualTo(3);
        assertThat(adherence.level()).isEqualTo(Adherence.Level.LOW);
    }

    @Test
    void daysBeforeTheProgramStartedPrescribeNothing() {
        Program program = fivePerWeek();
        Adherence adherence = ProgramAdherence.lastDays(program, sessionsOn(program, START, START.plusDays(1)), 28,
                START.plusDays(6)).orElseThrow();
        assertThat(adherence.prescribedShown()).isEqualTo("5");
        assertThat(ProgramAdherence.lastDays(program, List.of(), 7, START.minusDays(1))).isEmpty();
    }

    @Test
    void eachDayIsReadAgainstTheVersionInForceThatDay() {
        Program program = fivePerWeek().revise(START.plusDays(7), perWeek(2), TESS, AT);
        // week 1 at 5 a week, week 2 at 2 a week
        assertThat(ProgramAdherence.sessionDays(program, START, START.plusDays(13))).isEqualTo(7 * 5 + 7 * 2);
        Adherence adherence = ProgramAdherence.over(program, sessionsOn(program, START.plusDays(8), START.plusDays(10)),
                START.plusDays(7), START.plusDays(13)).orElseThrow();
        assertThat(adherence.prescribedShown()).isEqualTo("2");
        assertThat(adherence.level()).isEqualTo(Adherence.Level.GOOD);
    }

    @Test
    void weeksFollowTheClockFromOnsetAndTheCurrentWeekCountsDaysSoFar() {
        Program program = fivePerWeek();
        LocalDate onset = START.minusDays(10); // the program starts on day 10, in week 2
        LocalDate today = START.plusDays(11); // day 21: the first day of week 4
        List<ProgramAdherence.Week> weeks = ProgramAdherence.weekly(program,
                sessionsOn(program, START, START.plusDays(1), START.plusDays(5)), onset, today);
        assertThat(weeks).extracting(ProgramAdherence.Week::number).containsExactly(2L, 3L, 4L);
        assertThat(weeks.getFirst().from()).isEqualTo(onset.plusDays(7));
        assertThat(weeks.getFirst().adherence().orElseThrow().prescribedShown()).isEqualTo("2.9"); // days 10-13: 20/7
        assertThat(weeks.get(1).completed()).isEqualTo(1);
        assertThat(weeks.getLast().to()).isEqualTo(today);
        assertThat(weeks.getLast().adherence().orElseThrow().prescribedShown()).isEqualTo("0.7"); // one day: 5/7
    }
}
