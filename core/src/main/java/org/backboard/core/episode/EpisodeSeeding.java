package org.backboard.core.episode;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.backboard.core.patient.PatientId;

/** Seeding port: bulk loads of episodes for the demo and benchmark clinics, kept out of {@link Episodes}. */
public interface EpisodeSeeding {

    /** Which of these patients have any episode (for idempotent bulk loads). */
    Set<PatientId> withEpisodes(Collection<PatientId> patients);

    /** Bulk insert; the episodes must be new. */
    void insertAll(List<Episode> episodes);

    /**
     * Ends a bulk load: lets the database re-plan the care queries (episodes, check-ins, flags) for the new size
     * and tidy the roster's care columns the load rewrote.
     */
    void refreshStatistics();
}
