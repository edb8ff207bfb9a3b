package org.backboard.core.clinician;

import java.util.Objects;

/** The signed-in clinician on whose behalf a use case runs. */
public record Actor(ClinicianId id, Role role) {

    public Actor {
        Objects.requireNonNull(id, "actor id");
        Objects.requireNonNull(role, "actor role");
    }

    public boolean isLead() {
        return role == Role.LEAD;
    }

    /** The caseload rule: leads see every patient, a therapist only those assigned to them. */
    public boolean maySeePatientsOf(ClinicianId therapist) {
        return isLead() || id.equals(therapist);
    }
}
