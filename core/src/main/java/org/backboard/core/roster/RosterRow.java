package org.backboard.core.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.patient.BirthDate;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.redflag.Tier;

/**
 * One line of the roster, read in one query. {@code openOnset} is the symptom onset of the
 * patient's most advanced open episode; {@code worstOpenFlag} the most urgent unacknowledged flag.
 */
public record RosterRow(
        PatientId id,
        String mrn,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        ClinicianId therapistId,
        String therapistName,
        PatientStatus status,
        Optional<LocalDate> openOnset,
        Optional<Tier> worstOpenFlag) {

    public String displayName() {
        return familyName + ", " + givenName;
    }

    public int ageOn(LocalDate asOf) {
        return BirthDate.ageInYears(dateOfBirth, asOf);
    }

    /** The 12-week clock of the most advanced open episode; empty when none is open. */
    public Optional<Chronicity> chronicityOn(LocalDate asOf) {
        return openOnset.filter(onset -> !onset.isAfter(asOf)).map(onset -> Chronicity.of(onset, asOf));
    }
}
