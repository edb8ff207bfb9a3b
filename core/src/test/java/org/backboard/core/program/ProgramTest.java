package org.backboard.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patient.PatientId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Versions: each day reads the version in force; a change is a new version, the old ones stay. */
class ProgramTest {

    static final ExerciseId BRIDGE = ExerciseId.newId();
    static final ExerciseId CAT_COW = ExerciseId.newId();
    static final ClinicianId TESS = new ClinicianId(java.util.UUID.randomUUID());
    static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    static Program program() {
        return Program.start(EpisodeId.newId(), new PatientId(java.util.UUID.randomUUID()), LocalDate.of(2026, 11, 2),
                List.of(new Prescription(BRIDGE, Dosage.reps(3, 10, 5), "")), TESS, AT);
    }

    @ParameterizedTest(name = "on {0} version {1} is in force")
    @CsvSource({
            "2026-11-01, 0",
            "2026-11-02, 1",
            "2026-11-15, 1",
            "2026-11-16, 3",
            "2026-12-31, 3",
    })
    void theVersionInForceIsTheLatestEffectiveByThatDay(LocalDate day, int expected) {
        Program program = program()
                .revise(LocalDate.of(2026, 11, 16), List.of(new Prescription(BRIDGE, Dosage.reps(3, 12, 5), "")), TESS, AT)
                .revise(LocalDate.of(2026, 11, 16), List.of(new Prescription(CAT_COW, Dosage.reps(2, 10, 7), "")), TESS, AT);
        assertThat(program.inForceOn(day).map(ProgramVersion::number).orElse(0)).isEqualTo(expected);
    }

    @Test
    void revisingKeepsEveryEarlierVersionAsItWas() {
        Program first = program();
        Program revised = first.revise(LocalDate.of(2026, 11, 9),
                List.of(new Prescription(BRIDGE, Dosage.reps(3, 12, 5), "slower")), TESS, AT);
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.versions().getFirst()).isEqualTo(first.latest());
        assertThat(revised.latest().number()).isEqualTo(2);
        assertThat(revised.startDate()).isEqualTo(LocalDate.of(2026, 11, 2));
    }

    @Test
    void aVersionCannotTakeEffectBeforeTheOneItReplaces() {
        assertThatThrownBy(() -> program().revise(LocalDate.of(2026, 11, 1),
                List.of(new Prescription(BRIDGE, Dosage.reps(3, 12, 5), "")), TESS, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSameExerciseTwiceInOneVersionIsRefused() {
        assertThatThrownBy(() -> program().revise(LocalDate.of(2026, 11, 9), List.of(
                new Prescription(BRIDGE, Dosage.reps(3, 12, 5), ""),
                new Prescription(BRIDGE, Dosage.reps(1, 5, 5), "")), TESS, AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionsAskedPerWeekAreTheMostAnyExerciseAsks() {
        ProgramVersion version = program().revise(LocalDate.of(2026, 11, 9), List.of(
                new Prescription(BRIDGE, Dosage.reps(3, 12, 3), ""),
                new Prescription(CAT_COW, Dosage.reps(2, 10, 7), "")), TESS, AT).latest();
        assertThat(version.sessionsPerWeek()).isEqualTo(7);
    }
}
