package org.backboard.core.program;

import java.util.Objects;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.shared.Texts;

/** One exercise in a program version, with its dosage and the therapist's notes for the patient. */
public record Prescription(ExerciseId exercise, Dosage dosage, String notes) {

    public static final int MAX_NOTES = 500;

    public Prescription {
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(dosage, "dosage");
        notes = notes == null ? "" : Texts.strip(notes);
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("notes have at most 500 characters");
        }
    }
}
