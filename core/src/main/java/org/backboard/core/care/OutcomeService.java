package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.care.Caseload.PatientEpisode;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.outcome.Measurement;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.patient.Patients;
import org.backboard.core.shared.Result;

/**
 * Records a questionnaire (Oswestry, STarT Back, PSFS) on an episode. A discharged episode still
 * takes one dated up to its discharge, as the discharge Oswestry is often scored after the visit.
 */
public class OutcomeService {

    private final OutcomeMeasures outcomes;
    private final Clinicians clinicians;
    private final Caseload caseload;
    private final Clock clock;

    public OutcomeService(OutcomeMeasures outcomes, Episodes episodes, Patients patients, Clinicians clinicians,
                          AuditTrail audit, Clock clock) {
        this.outcomes = outcomes;
        this.clinicians = clinicians;
        this.caseload = new Caseload(patients, episodes, audit, clock);
        this.clock = clock;
    }

    /** {@code answers} builds the measurement, refusing incomplete answers with a message for the form. */
    @Transactional
    public Result<OutcomeAdministration> record(Actor claimed, EpisodeId episodeId, LocalDate takenOn,
                                                    Supplier<Measurement> answers) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        Optional<PatientEpisode> found = caseload.visibleEpisode(actor, episodeId);
        if (found.isEmpty()) {
            return new Result.NotFound<>();
        }
        if (found.get().patient().isArchived()) {
            return Result.rejected("patient", Caseload.ARCHIVED);
        }
        Optional<String> badDate = dateProblem(found.get().episode(), takenOn);
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
                found.get().patient().id(), takenOn, measurement, actor.id(), clock.instant());
        outcomes.add(administration);
        caseload.record(actor, AuditAction.OUTCOME_RECORDED, administration.patient(), "outcome_measure",
                administration.id().value(), List.of(measurement.instrument().name()));
        return new Result.Saved<>(administration);
    }

    private Optional<String> dateProblem(Episode episode, LocalDate takenOn) {
        if (takenOn == null) {
            return Optional.of("Enter the date it was taken");
        }
        if (takenOn.isAfter(LocalDate.now(clock))) {
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
