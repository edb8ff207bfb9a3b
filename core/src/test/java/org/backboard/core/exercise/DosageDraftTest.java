package org.backboard.core.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.backboard.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prescription limits: sets 1-10; reps 1-50 or hold 5-120 seconds; sessions per week 1-14. */
class DosageDraftTest {

    @ParameterizedTest(name = "{0} sets × {1} {2}, {3}/week: problem with {4}")
    @CsvSource(nullValues = "NULL", value = {
            "1, 1, REPS, 1, NONE",
            "10, 50, REPS, 14, NONE",
            "0, 10, REPS, 5, sets",
            "11, 10, REPS, 5, sets",
            "NULL, 10, REPS, 5, sets",
            "3, 0, REPS, 5, amount",
            "3, 51, REPS, 5, amount",
            "3, NULL, REPS, 5, amount",
            "3, 5, HOLD, 5, NONE",
            "3, 120, HOLD, 5, NONE",
            "3, 4, HOLD, 5, amount",
            "3, 121, HOLD, 5, amount",
            "3, 10, NULL, 5, kind",
            "3, 10, REPS, 0, sessionsPerWeek",
            "3, 10, REPS, 15, sessionsPerWeek",
            "3, 10, REPS, NULL, sessionsPerWeek",
    })
    void eachValueIsCheckedAtItsBoundaries(Integer sets, Integer amount, EffortKind kind, Integer sessions,
                                           String problemField) {
        DosageDraft draft = new DosageDraft(sets, kind, amount, sessions);
        if (problemField.equals("NONE")) {
            assertThat(draft.problems("")).isEmpty();
            assertThat(DosageDraft.of(draft.toDosage())).isEqualTo(draft);
        } else {
            assertThat(draft.problems("items.2.")).extracting(FieldProblem::field).containsExactly("items.2." + problemField);
        }
    }

    @Test
    void theDosageItselfRefusesWhatTheFormWouldRefuse() {
        assertThatThrownBy(() -> Dosage.reps(0, 10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dosage.hold(3, 121, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dosage.reps(3, 10, 15)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dosagesReadAsATherapistWritesThem() {
        assertThat(Dosage.reps(3, 10, 5).text()).isEqualTo("3 × 10 reps, 5×/week");
        assertThat(Dosage.hold(2, 30, 7).text()).isEqualTo("2 × 30 s hold, daily");
        assertThat(Dosage.reps(1, 1, 14).text()).isEqualTo("once, twice daily");
        assertThat(Dosage.reps(2, 1, 3).text()).isEqualTo("2 × 1 rep, 3×/week");
    }
}
