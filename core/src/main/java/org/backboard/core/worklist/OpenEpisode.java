package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;

/**
 * An open episode as the worklist reads it in bulk: its patient, clock, first and latest pain (of the
 * check-ins that scored it) and the day of its latest check-in of any kind.
 */
public record OpenEpisode(PatientRef patient, EpisodeId id, EpisodeStatus status, LocalDate onset,
                          LocalDate startDate, Optional<PainReading> baseline, Optional<PainReading> latest,
                          Optional<LocalDate> lastCheckIn) {

    public OpenEpisode {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(startDate, "start date");
    }
}
