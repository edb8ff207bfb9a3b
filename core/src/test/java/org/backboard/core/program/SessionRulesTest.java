package org.backboard.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.symptom.PainScore;
import org.junit.jupiter.api.Test;

/** A session is read against the version in force on its day; this week is Monday to today. */
class SessionRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20); // a Friday
    private static final Program PROGRAM = ProgramTest.program().revise(LocalDate.of(2026, 11, 16), List.of(
            new Prescription(ProgramTest.CAT_COW, Dosage.reps(2, 10, 7), ""),
            new Prescription(ProgramTest.BRIDGE, Dosage.reps(3, 10, 3), "")), ProgramTest.TESS, ProgramTest.AT);

    private static SessionDraft on(LocalDate day, Integer painDuring, Integer painAfter, Set<ExerciseId> done) {
        return new SessionDraft(day, done, painDuring, painAfter, false, "", SessionSource.PHONE);
    }

    @Test
    void onlyExercisesPrescribedThatDayCanBeTicked() {
        Set<ExerciseId> catCow = Set.of(ProgramTest.CAT_COW);
        assertThat(on(LocalDate.of(2026, 11, 16), null, null, catCow).problems(PROGRAM, TODAY)).isEmpty();
        assertThat(on(LocalDate.of(2026, 11, 15), null, null, catCow).problems(PROGRAM, TODAY))
                .extracting(FieldProblem::field).containsExactly("completed");
    }

    @Test
    void theDayLiesBetweenTheProgramsStartAndToday() {
        Set<ExerciseId> bridge = Set.of(ProgramTest.BRIDGE);
        assertThat(on(LocalDate.of(2026, 11, 2), null, null, bridge).problems(PROGRAM, TODAY)).isEmpty();
        assertThat(on(LocalDate.of(2026, 11, 1), null, null, bridge).problems(PROGRAM, TODAY))
                .extracting(FieldProblem::field).containsExactly("date");
        assertThat(on(TODAY.plusDays(1), null, null, bridge).problems(PROGRAM, TODAY))
                .extracting(FieldProblem::field).containsExactly("date");
    }

    @Test
    void aNoteMayHaveLineBreaksButNoHiddenCharacters() {
        Set<ExerciseId> bridge = Set.of(ProgramTest.BRIDGE);
        assertThat(new SessionDraft(TODAY, bridge, null, null, false, "Easy.\nMore next time.", SessionSource.PHONE)
                .problems(PROGRAM, TODAY)).isEmpty();
        assertThat(new SessionDraft(TODAY, bridge, null, null, false, "Easy.\u0000", SessionSource.PHONE)
                .problems(PROGRAM, TODAY)).extracting(FieldProblem::field).containsExactly("note");
    }

    @Test
    void painDuringAndAfterAreZeroToTenAndSomethingMustBeDone() {
        assertThat(on(TODAY, 0, 10, Set.of(ProgramTest.BRIDGE)).problems(PROGRAM, TODAY)).isEmpty();
        assertThat(on(TODAY, -1, 11, Set.of()).problems(PROGRAM, TODAY)).extracting(FieldProblem::field)
                .containsExactly("completed", "painDuring", "painAfter");
    }

    @Test
    void theWeekCountsSessionsFromMondayAgainstWhatTheVersionInForceAsks() {
        ExerciseSession monday = on(LocalDate.of(2026, 11, 16), 3, 2, Set.of(ProgramTest.CAT_COW, ProgramTest.BRIDGE))
                .toSession(PROGRAM, ProgramTest.TESS, ProgramTest.AT);
        ExerciseSession thursday = new SessionDraft(LocalDate.of(2026, 11, 19), Set.of(ProgramTest.CAT_COW), null, null,
                true, "", SessionSource.CLINIC_VISIT).toSession(PROGRAM, ProgramTest.TESS, ProgramTest.AT);
        ExerciseSession lastSunday = on(LocalDate.of(2026, 11, 15), null, null, Set.of(ProgramTest.BRIDGE))
                .toSession(PROGRAM, ProgramTest.TESS, ProgramTest.AT);

        WeekAtAGlance week = WeekAtAGlance.of(PROGRAM.inForceOn(TODAY).orElseThrow(),
                List.of(lastSunday, monday, thursday), TODAY);

        assertThat(week.monday()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.sessionsDone()).isEqualTo(2);
        assertThat(week.sessionsAsked()).isEqualTo(7);
        assertThat(week.exercises()).containsExactly(
                new WeekAtAGlance.ExerciseCount(ProgramTest.CAT_COW, 2, 7),
                new WeekAtAGlance.ExerciseCount(ProgramTest.BRIDGE, 1, 3));
        assertThat(week.anyTooHard()).isTrue();
        assertThat(monday.painDuring()).contains(new PainScore(3));
        assertThat(monday.recordedBy()).isEqualTo(Optional.of(ProgramTest.TESS));
    }
}
