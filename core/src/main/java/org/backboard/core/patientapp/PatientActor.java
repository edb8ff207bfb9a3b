package org.backboard.core.patientapp;

import java.util.Objects;
import org.backboard.core.patient.PatientId;

/** The signed-in patient on whose behalf a use case of their own app runs. */
public record PatientActor(PatientId patient) {

    public PatientActor {
        Objects.requireNonNull(patient, "patient");
    }
}
