package org.backboard.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;

class ExerciseDraftTest {

    private static final DosageDraft DOSAGE = new DosageDraft(3, EffortKind.REPS, 10, 5);

    private static ExerciseDraft withInstructions(String instructions) {
        return new ExerciseDraft("Bird Dog", ExerciseCategory.STRENGTH_CORE, TargetRegion.TRUNK, instructions, "", DOSAGE);
    }

    @Test
    void instructionsAreThreeToSixStepsOnePerLineWithListMarksDropped() {
        ExerciseDraft draft = withInstructions("1. Kneel.\n\n- Reach.\n3) Return.");
        assertThat(draft.problems()).isEmpty();
        assertThat(draft.toDetails().steps()).containsExactly("Kneel.", "Reach.", "Return.");
        assertThat(withInstructions("One.\nTwo.").problems()).extracting(FieldProblem::field).containsExactly("instructions");
        assertThat(withInstructions("1\n2\n3\n4\n5\n6").problems()).isEmpty();
        assertThat(withInstructions("1\n2\n3\n4\n5\n6\n7").problems()).extracting(FieldProblem::field)
                .containsExactly("instructions");
    }

    @Test
    void aNameCategoryRegionAndDosageAreRequired() {
        ExerciseDraft empty = new ExerciseDraft(" ", null, null, "a\nb\nc", null, new DosageDraft(null, EffortKind.HOLD, 3, 1));
        assertThat(empty.problems()).extracting(FieldProblem::field)
                .containsExactly("name", "category", "region", "sets", "amount");
    }

    @Test
    void hiddenCharactersAreRefusedInTheNameStepsAndCautions() {
        ExerciseDraft draft = new ExerciseDraft("Bird\u0000Dog", ExerciseCategory.STRENGTH_CORE, TargetRegion.TRUNK,
                "Kneel.\nReach\u0000.\nReturn.", "Stop\u0000 if it hurts", DOSAGE);

        assertThat(draft.problems()).extracting(FieldProblem::field).containsExactly("name", "instructions", "cautions");
    }

    @Test
    void aDraftRoundTripsThroughTheLibraryEntry() {
        ExerciseDraft draft = withInstructions("Kneel.\nReach.\nReturn.");
        assertThat(ExerciseDraft.of(draft.toDetails())).isEqualTo(draft);
    }
}
