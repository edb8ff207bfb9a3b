package org.backboard.core.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.PatientEpisode;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.Instrument;
import org.backboard.core.outcome.Measurement;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.PsfsDraft;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;

/**
 * The questionnaires a patient answers in their own app, when the one reassessment schedule says
 * they are due (docs/clinical-rules.md sections 4.7 and 7a). Only what is due today is taken, dated
 * today, with the patient as the source and no clinician; it then leaves the schedule everywhere.
 */
final class HomeQuestionnaires {

    /** What a patient answers at home; the Oswestry stays clinician-scored (its wording is licensed). */
    static final Set<Instrument> ANSWERED_AT_HOME = Collections.unmodifiableSet(
            EnumSet.of(Instrument.START_BACK, Instrument.PSFS));
    static final String NOT_WAITING = "This questionnaire is not waiting for you at the moment";
    static final String SAME_ACTIVITIES = "Score the same activities as last time";

    private final OutcomeMeasures outcomes;
    private final CareAccess care;
    private final Clock clock;

    HomeQuestionnaires(OutcomeMeasures outcomes, CareAccess care, Clock clock) {
        this.outcomes = outcomes;
        this.care = care;
        this.clock = clock;
    }

    /** What the patient may answer today on this episode, soonest due first. */
    List<Instrument> due(Episode episode) {
        return due(episode, history(episode));
    }

    /** The activities the patient named on their last PSFS, which a later PSFS scores again. */
    List<String> activitiesToScoreAgain(Episode episode) {
        return history(episode).psfs().map(psfs -> psfs.activities().stream().map(PsfsAnswers.Activity::name)
                .toList()).orElse(List.of());
    }

    /** Keeps the patient's answers if the questionnaire is due and they break no rule of the clinician's form. */
    Result<OutcomeAdministration> answer(PatientActor actor, PatientEpisode found, Instrument instrument,
                                         List<FieldProblem> problems, Supplier<? extends Measurement> answers) {
        Episode episode = found.episode();
        OutcomeHistory history = history(episode);
        LocalDate today = LocalDate.now(clock);
        if (!due(episode, history).contains(instrument)) {
            return Result.rejected("questionnaire", NOT_WAITING);
        }
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        Optional<String> badDate = OutcomeService.dateProblem(episode, today, today);
        if (badDate.isPresent()) {
            return Result.rejected("questionnaire", badDate.get());
        }
        Measurement measurement = answers.get();
        if (measurement instanceof PsfsAnswers psfs && history.psfs().filter(last -> !psfs.sameActivitiesAs(last))
                .isPresent()) {
            return Result.rejected(PsfsDraft.ACTIVITIES, SAME_ACTIVITIES);
        }
        OutcomeAdministration administration = new OutcomeAdministration(OutcomeId.newId(), episode.id(),
                found.patient().id(), today, measurement, Optional.empty(), clock.instant());
        outcomes.add(administration);
        care.record(actor, AuditAction.OUTCOME_RECORDED, "outcome_measure", administration.id().value(),
                List.of(instrument.name()));
        return new Result.Saved<>(administration);
    }

    private List<Instrument> due(Episode episode, OutcomeHistory history) {
        LocalDate today = LocalDate.now(clock);
        return Reassessment.schedule(episode.details().startDate(), history).stream()
                .filter(next -> next.isDue(today) && ANSWERED_AT_HOME.contains(next.instrument()))
                .map(Reassessment::instrument).toList();
    }

    private OutcomeHistory history(Episode episode) {
        return new OutcomeHistory(outcomes.forEpisodes(List.of(episode.id())).getOrDefault(episode.id(), List.of()));
    }
}
