package org.backboard.core.patient;

import java.time.LocalDate;
import org.backboard.core.clinician.ClinicianId;

/** One line of the roster, read in one query. */
public record RosterRow(
        PatientId id,
        String mrn,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        ClinicianId therapistId,
        String therapistName,
        PatientStatus status) {

    public String displayName() {
        return familyName + ", " + givenName;
    }

    public int ageOn(LocalDate asOf) {
        return BirthDate.ageInYears(dateOfBirth, asOf);
    }
}
