package org.backboard.core.worklist;

import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;

/** Who an item is about, as the worklist names them: "Family, Given", with their therapist. */
public record PatientRef(PatientId id, String name, ClinicianId therapist) {

    public PatientRef {
        Objects.requireNonNull(id, "patient");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(therapist, "therapist");
    }
}
