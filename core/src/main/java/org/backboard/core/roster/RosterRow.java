package org.backboard.core.roster;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.patient.BirthDate;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.redflag.Tier;

/**
 * One line of the roster, read in one query. {@code openOnset} is the symptom onset of the
 * patient's most advanced open episode; {@code worstOpenFlag} the most urgent unacknowledged flag;
 * {@code pain} that episode's pain now against its baseline.
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
        Optional<Tier> worstOpenFlag,
        Optional<PainChange> pain) {

    /** The same row with the pain change of its most advanced open episode. */
    public RosterRow withPain(Optional<PainChange> change) {
        return new RosterRow(id, mrn, givenName, familyName, dateOfBirth, therapistId, therapistName, status,
                openOnset, worstOpenFlag, change);
    }

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
