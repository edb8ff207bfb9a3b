package org.backboard.core.worklist;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;

/**
 * Port: the worklist's bulk reads, one therapist's caseload or the whole clinic's: the open
 * episodes of active (not archived) patients, and every open red flag. Pain readings are dated in
 * {@code zone}.
 */
public interface WorklistSources {

    /** How many episodes are not discharged, without reading them. */
    int countOpenEpisodes(Optional<ClinicianId> therapist);

    /** Episodes not discharged. */
    List<OpenEpisode> openEpisodes(Optional<ClinicianId> therapist, ZoneId zone);

    List<OpenEpisode> openEpisodesOf(PatientId patient, ZoneId zone);

    /** Red flags not yet acknowledged, whatever their episode's status or their patient's (flags never expire). */
    List<FlagOnCaseload> openFlags(Optional<ClinicianId> therapist);
}
