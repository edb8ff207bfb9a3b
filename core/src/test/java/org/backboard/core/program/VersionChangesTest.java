package org.backboard.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    private static final ExerciseId BRIDGE = ExerciseId.newId();
    private static final ExerciseId CAT_COW = ExerciseId.newId();
    private static final ExerciseId BIRD_DOG = ExerciseId.newId();
    private static final Map<ExerciseId, String> NAMES = Map.of(BRIDGE, "Bridge", CAT_COW, "Cat Cow", BIRD_DOG, "Bird Dog");

    private static ProgramVersion version(int number, Prescription... prescriptions) {
        return new ProgramVersion(number, LocalDate.of(2026, 11, number), List.of(prescriptions), ProgramTest.TESS,
                ProgramTest.AT);
    }

    @Test
    void theHistoryListsAddedRemovedAndChangedExercises() {
        ProgramVersion before = version(1, new Prescription(BRIDGE, Dosage.reps(3, 10, 5), ""),
                new Prescription(CAT_COW, Dosage.reps(2, 10, 7), "slowly"));
        ProgramVersion after = version(2, new Prescription(BRIDGE, Dosage.reps(3, 12, 5), ""),
                new Prescription(CAT_COW, Dosage.reps(2, 10, 7), ""),
                new Prescription(BIRD_DOG, Dosage.hold(3, 10, 4), ""));
        assertThat(VersionChanges.between(before, after, NAMES::get)).containsExactly(
                "Bridge: 3 × 10 reps, 5×/week → 3 × 12 reps, 5×/week",
                "Cat Cow: notes removed",
                "Added Bird Dog: 3 × 10 s hold, 4×/week");
        assertThat(VersionChanges.between(after, before, NAMES::get)).containsExactly(
                "Bridge: 3 × 12 reps, 5×/week → 3 × 10 reps, 5×/week",
                "Cat Cow: notes now \"slowly\"",
                "Removed Bird Dog");
    }

    @Test
    void anUnchangedPrescriptionListsNothing() {
        Prescription bridge = new Prescription(BRIDGE, Dosage.reps(3, 10, 5), "");
        assertThat(VersionChanges.between(version(1, bridge), version(2, bridge), NAMES::get)).isEmpty();
    }
}
