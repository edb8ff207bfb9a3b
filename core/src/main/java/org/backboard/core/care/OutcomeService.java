package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.Guard;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.outcome.Measurement;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.shared.Result;

/**
 * Records a questionnaire (Oswestry, STarT Back, PSFS) on an episode. A discharged episode still
 * takes one dated up to its discharge, as the discharge Oswestry is often scored after the visit.
 */
public class OutcomeService {

    private final OutcomeMeasures outcomes;
    private final CareAccess care;
    private final Clock clock;

    public OutcomeService(OutcomeMeasures outcomes, CareAccess care, Clock clock) {
        this.outcomes = outcomes;
        this.care = care;
        this.clock = clock;
    }

    /** {@code answers} builds the measurement, refusing incomplete answers with a message for the form. */
    @Transactional
    public Result<OutcomeAdministration> record(Actor claimed, EpisodeId episodeId, LocalDate takenOn,
                                                Supplier<Measurement> answers) {
        return care.onEpisode(claimed, episodeId, Set.of(Guard.PATIENT_NOT_ARCHIVED), (actor, found) -> {
            Optional<String> badDate = dateProblem(found.episode(), takenOn, LocalDate.now(clock));
            if (badDate.isPresent()) {
                return Result.rejected("takenOn", badDate.get());
            }
            Measurement measurement;
            try {
                measurement = answers.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                return Result.rejected("answers", e.getMessage());
            }
            OutcomeAdministration administration = new OutcomeAdministration(OutcomeId.newId(), episodeId,
                    found.patient().id(), takenOn, measurement, actor.id(), clock.instant());
            outcomes.add(administration);
            care.record(actor, AuditAction.OUTCOME_RECORDED, administration.patient(), "outcome_measure",
                    administration.id().value(), List.of(measurement.instrument().name()));
            return new Result.Saved<>(administration);
        });
    }

    /** When a questionnaire may be dated: from the episode's start to today, and no later than its discharge. */
    static Optional<String> dateProblem(Episode episode, LocalDate takenOn, LocalDate today) {
        if (takenOn == null) {
            return Optional.of("Enter the date it was taken");
        }
        if (takenOn.isAfter(today)) {
            return Optional.of("The date cannot be in the future");
        }
        if (takenOn.isBefore(episode.details().startDate())) {
            return Optional.of("The episode started on " + episode.details().startDate() + ": date it no earlier");
        }
        Optional<LocalDate> discharged = episode.discharge().map(Discharge::date);
        if (discharged.isPresent() && takenOn.isAfter(discharged.get())) {
            return Optional.of("The episode was discharged on " + discharged.get() + ": date it no later");
        }
        return Optional.empty();
    }
}
