package org.backboard.core.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.shared.Texts;

/**
 * A home exercise session the patient completed: which prescribed exercises, how it felt
 * ("listen to your body": pain during and after, too hard). A clinician records it from a visit
 * or a call, so {@code recordedBy} is theirs; a patient app would report with none.
 */
public record ExerciseSession(SessionId id, ProgramId program, PatientId patient, LocalDate date,
                              Set<ExerciseId> completed, Optional<PainScore> painDuring,
                              Optional<PainScore> painAfter, boolean tooHard, String note, SessionSource source,
                              Optional<ClinicianId> recordedBy, Instant recordedAt) {

    public static final int MAX_NOTE = 1000;

    public ExerciseSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordedAt, "recorded at");
        completed = Set.copyOf(completed);
        if (completed.isEmpty()) {
            throw new IllegalArgumentException("a session completes at least one exercise");
        }
        note = note == null ? "" : Texts.strip(note);
        if (note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("a note has at most 1000 characters");
        }
        if (source != SessionSource.PATIENT_APP && recordedBy.isEmpty()) {
            throw new IllegalArgumentException("a clinician who records a session is named");
        }
    }
}
