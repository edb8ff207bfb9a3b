package org.backboard.core.worklist;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;

/**
 * Port: the worklist's bulk reads over active (not archived) patients, one therapist's or the
 * whole clinic's. Pain readings are dated in {@code zone}.
 */
public interface WorklistSources {

    /** Episodes not discharged. */
    List<OpenEpisode> openEpisodes(Optional<ClinicianId> therapist, ZoneId zone);

    List<OpenEpisode> openEpisodesOf(PatientId patient, ZoneId zone);

    /** Red flags not yet acknowledged, whatever their episode's status. */
    List<FlagOnCaseload> openFlags(Optional<ClinicianId> therapist);
}
