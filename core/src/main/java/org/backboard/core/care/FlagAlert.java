package org.backboard.core.care;

import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.Tier;

/**
 * A raised flag with the therapist its patient has at the moment of the alert (the patient may
 * have been reassigned since the flag was raised): who may hear of it follows from the caseload
 * rule, {@link org.backboard.core.clinician.Actor#maySeePatientsOf}.
 */
public record FlagAlert(FlagRaised flag, ClinicianId therapist) {

    public FlagAlert {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(therapist, "therapist");
    }

    public PatientId patient() {
        return flag.patient();
    }

    public EpisodeId episode() {
        return flag.episode();
    }

    public Tier tier() {
        return flag.tier();
    }
}
