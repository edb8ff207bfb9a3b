package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.program.Adherence;

/**
 * What the worklist rules need to know about one open episode: its clock, first and latest pain
 * (of the check-ins that scored it), its latest check-in of any kind, its last session, adherence over the last 14 days (empty without a program or
 * prescribed sessions) and its reassessment schedule.
 */
public record EpisodeFacts(PatientRef patient, EpisodeId episode, EpisodeStatus status, LocalDate onset,
                           LocalDate startDate, Optional<PainReading> baseline, Optional<PainReading> latest,
                           Optional<LocalDate> lastCheckIn, Optional<LocalDate> lastSession, Optional<Adherence> adherence,
                           List<Reassessment> schedule) {

    public static final int ADHERENCE_DAYS = 14;

    public EpisodeFacts {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(startDate, "start date");
        schedule = List.copyOf(schedule);
        if (status == EpisodeStatus.DISCHARGED) {
            throw new IllegalArgumentException("only open episodes are on the worklist");
        }
    }

    /** The last check-in or completed session; the episode's start when there has been neither. */
    public LocalDate lastActivity() {
        LocalDate last = startDate;
        if (lastCheckIn.isPresent() && lastCheckIn.get().isAfter(last)) {
            last = lastCheckIn.get();
        }
        if (lastSession.isPresent() && lastSession.get().isAfter(last)) {
            last = lastSession.get();
        }
        return last;
    }
}
