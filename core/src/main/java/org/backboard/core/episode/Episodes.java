package org.backboard.core.episode;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.backboard.core.patient.PatientId;

/** Port: where episodes of care are stored. */
public interface Episodes {

    Optional<Episode> find(EpisodeId id);

    /** A patient's episodes, newest first. */
    List<Episode> forPatient(PatientId patient);

    /** Several patients' episodes in one read (a bulk export's batch), each patient's newest first. */
    List<Episode> forPatients(Collection<PatientId> patients);

    /**
     * Inserts a new episode or updates a stored one, returning it with its new version.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when the stored version differs
     */
    Episode save(Episode episode);
}
