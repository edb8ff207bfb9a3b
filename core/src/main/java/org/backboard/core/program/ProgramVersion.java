package org.backboard.core.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.exercise.ExerciseId;

/**
 * One version of a program: what was prescribed from its effective date until the next version
 * takes over. Versions are never edited; a change is a new version.
 */
public record ProgramVersion(int number, LocalDate effectiveFrom, List<Prescription> prescriptions,
                             ClinicianId author, Instant authoredAt) {

    public static final int MAX_EXERCISES = 20;

    public ProgramVersion {
        Objects.requireNonNull(effectiveFrom, "effective date");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authoredAt, "authored at");
        prescriptions = List.copyOf(prescriptions);
        if (number < 1) {
            throw new IllegalArgumentException("versions count from 1");
        }
        if (prescriptions.isEmpty() || prescriptions.size() > MAX_EXERCISES) {
            throw new IllegalArgumentException("a program version has 1-20 exercises");
        }
        Set<ExerciseId> seen = new HashSet<>();
        for (Prescription p : prescriptions) {
            if (!seen.add(p.exercise())) {
                throw new IllegalArgumentException("an exercise appears once per version");
            }
        }
    }

    public Optional<Prescription> prescriptionOf(ExerciseId exercise) {
        return prescriptions.stream().filter(p -> p.exercise().equals(exercise)).findFirst();
    }

    public boolean prescribes(ExerciseId exercise) {
        return prescriptionOf(exercise).isPresent();
    }

    /** Sessions a week the patient is asked for: the most any one exercise asks. */
    public int sessionsPerWeek() {
        return prescriptions.stream().mapToInt(p -> p.dosage().sessionsPerWeek()).max().orElse(0);
    }
}
