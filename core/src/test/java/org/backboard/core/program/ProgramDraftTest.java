package org.backboard.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.exercise.EffortKind;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class ProgramDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Exercise BRIDGE = exercise("Bridge");
    private static final Exercise BIRD_DOG = exercise("Bird Dog");
    private static final Exercise RETIRED = exercise("Superman").retire();
    private static final DosageDraft DOSAGE = new DosageDraft(3, EffortKind.REPS, 10, 5);

    private static Exercise exercise(String name) {
        return Exercise.add(new ExerciseDetails(name, ExerciseCategory.STRENGTH_CORE, TargetRegion.TRUNK,
                List.of("a", "b", "c"), "", Dosage.reps(3, 10, 5)));
    }

    private static List<FieldProblem> problems(ProgramDraft draft, Set<ExerciseId> alreadyPrescribed) {
        Map<ExerciseId, Exercise> library = List.of(BRIDGE, BIRD_DOG, RETIRED).stream()
                .collect(Collectors.toMap(Exercise::id, Function.identity()));
        return draft.problems(new ProgramDraft.Limits(TODAY, "too early", TODAY.plusDays(90), library, alreadyPrescribed));
    }

    private static ProgramDraft.PrescriptionDraft item(Exercise exercise) {
        return new ProgramDraft.PrescriptionDraft(exercise.id(), DOSAGE, "");
    }

    @Test
    void aValidDraftHasNoProblems() {
        assertThat(problems(new ProgramDraft(TODAY, List.of(item(BRIDGE), item(BIRD_DOG))), Set.of())).isEmpty();
    }

    @Test
    void theSameExerciseTwiceIsRefusedOnTheSecondRow() {
        assertThat(problems(new ProgramDraft(TODAY, List.of(item(BRIDGE), item(BIRD_DOG), item(BRIDGE))), Set.of()))
                .containsExactly(new FieldProblem("items.2.exercise", "Bridge is already in this program"));
    }

    @Test
    void aRetiredExerciseCannotBeAddedButMayStayWhereItWasPrescribed() {
        ProgramDraft draft = new ProgramDraft(TODAY, List.of(item(RETIRED)));
        assertThat(problems(draft, Set.of())).extracting(FieldProblem::field).containsExactly("items.0.exercise");
        assertThat(problems(draft, Set.of(RETIRED.id()))).isEmpty();
    }

    @Test
    void theEffectiveDateMustFallWithinTheLimits() {
        assertThat(problems(new ProgramDraft(TODAY.minusDays(1), List.of(item(BRIDGE))), Set.of()))
                .containsExactly(new FieldProblem("effectiveFrom", "too early"));
        assertThat(problems(new ProgramDraft(TODAY.plusDays(90), List.of(item(BRIDGE))), Set.of())).isEmpty();
        assertThat(problems(new ProgramDraft(TODAY.plusDays(91), List.of(item(BRIDGE))), Set.of()))
                .extracting(FieldProblem::field).containsExactly("effectiveFrom");
        assertThat(problems(new ProgramDraft(null, List.of(item(BRIDGE))), Set.of()))
                .extracting(FieldProblem::field).containsExactly("effectiveFrom");
    }

    @Test
    void aProgramHasOneToTwentyExercises() {
        assertThat(problems(new ProgramDraft(TODAY, List.of()), Set.of())).extracting(FieldProblem::field)
                .containsExactly("items");
        List<ProgramDraft.PrescriptionDraft> many = new ArrayList<>(Collections.nCopies(21, item(BRIDGE)));
        assertThat(problems(new ProgramDraft(TODAY, many), Set.of())).extracting(FieldProblem::field).contains("items");
    }

    @Test
    void eachRowsDosageAndNotesAreCheckedUnderItsRow() {
        ProgramDraft draft = new ProgramDraft(TODAY, List.of(item(BRIDGE), new ProgramDraft.PrescriptionDraft(
                BIRD_DOG.id(), new DosageDraft(11, EffortKind.HOLD, 4, 15), "x".repeat(501))));
        assertThat(problems(draft, Set.of())).extracting(FieldProblem::field)
                .containsExactly("items.1.sets", "items.1.amount", "items.1.sessionsPerWeek", "items.1.notes");
    }

    @Test
    void aVersionBecomesADraftAgainUnchanged() {
        ProgramDraft draft = new ProgramDraft(TODAY, IntStream.of(0, 1).mapToObj(i -> item(i == 0 ? BRIDGE : BIRD_DOG))
                .toList());
        ProgramVersion version = new ProgramVersion(1, TODAY, draft.prescriptions(), ProgramTest.TESS, ProgramTest.AT);
        assertThat(ProgramDraft.of(version, TODAY)).isEqualTo(draft);
    }
}
