package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.PatientEpisode;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.outcome.Instrument;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.outcome.PsfsDraft;
import org.backboard.core.outcome.StartBackDraft;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckIns;

/**
 * The patient's own app: their program for today, the sessions and check-ins they report, the
 * questionnaires they answer when due, and their progress. Everything runs on the patient's own current care only ({@link CareAccess#onOwnCare}),
 * goes through the same rules as what clinicians record, and is audited with the patient as actor.
 */
public class HomeService {

    static final String NO_PROGRAM = "Your therapist has not set up your exercises yet";

    /**
     * The warning signs a patient is asked about at home: what they can notice themselves now. The
     * history questions (cancer, immunosuppression, osteoporosis) are the clinician's, at intake.
     */
    public static final Set<RedFlag> ASKED_AT_HOME = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(
            RedFlag.CANCER_HISTORY, RedFlag.IMMUNOSUPPRESSION, RedFlag.OSTEOPOROSIS_HISTORY)));

    /**
     * The care the app shows: the newest open episode with an exercise program, or the newest open
     * episode when none has one yet.
     */
    public record Current(PatientEpisode care, Optional<ProgramOverview> program) { }

    /**
     * Today at home: the patient's current episode, once started its program, and the questionnaires
     * waiting for the patient (STarT Back, PSFS) when the reassessment schedule says they are due.
     */
    public record Home(PatientEpisode care, Optional<ProgramOverview> program, LocalDate today,
                       List<Instrument> questionnairesDue) {

        public Home {
            questionnairesDue = List.copyOf(questionnairesDue);
        }
    }

    /**
     * The questionnaires waiting for the patient, soonest due first, and the activities their last
     * PSFS named (empty before the first), which a later PSFS scores again.
     */
    public record Questionnaires(List<Instrument> due, List<String> activitiesToScoreAgain) {

        public Questionnaires {
            due = List.copyOf(due);
            activitiesToScoreAgain = List.copyOf(activitiesToScoreAgain);
        }
    }

    /** A reported check-in, the flags it raised, and the most urgent warning sign it answered "yes". */
    public record Reported(CheckIn checkIn, List<RaisedFlag> raised, Optional<Tier> mostUrgent) { }

    /** The patient's pain over time and their program's weeks. */
    public record Progress(Episode episode, List<CheckIn> timeline, Optional<ProgramOverview> program) { }

    private final CareAccess care;
    private final ProgramService programs;
    private final ExerciseSessions sessions;
    private final CheckIns checkIns;
    private final FlagRaiser flags;
    private final HomeQuestionnaires questionnaires;
    private final TherapistFlagMail flagMail;
    private final Clock clock;

    public HomeService(CareAccess care, ProgramService programs, ExerciseSessions sessions, CheckIns checkIns,
                       RaisedFlags raisedFlags, OutcomeMeasures outcomes, TherapistFlagMail flagMail, Clock clock) {
        this.care = care;
        this.programs = programs;
        this.sessions = sessions;
        this.checkIns = checkIns;
        this.flags = new FlagRaiser(raisedFlags, care, clock);
        this.questionnaires = new HomeQuestionnaires(outcomes, care, clock);
        this.flagMail = flagMail;
        this.clock = clock;
    }

    @Transactional
    public Result<Home> today(PatientActor patient) {
        return onCurrent(patient, (actor, found) -> {
            Episode episode = episodeOf(found);
            care.record(actor, AuditAction.HOME_VIEWED, "episode", episode.id().value(), List.of());
            return new Result.Saved<>(new Home(found.care(), found.program(), LocalDate.now(clock),
                    questionnaires.due(episode)));
        });
    }

    /** The questionnaires waiting for the patient now, with what a later PSFS asks again. */
    @Transactional
    public Result<Questionnaires> questionnaires(PatientActor patient) {
        return onCurrent(patient, (actor, found) -> {
            Episode episode = episodeOf(found);
            care.record(actor, AuditAction.QUESTIONNAIRES_VIEWED, "episode", episode.id().value(), List.of());
            return new Result.Saved<>(new Questionnaires(questionnaires.due(episode),
                    questionnaires.activitiesToScoreAgain(episode)));
        });
    }

    /** STarT Back as the patient answered it, kept only while it is due; the rules of the clinician's form. */
    @Transactional
    public Result<OutcomeAdministration> answerStartBack(PatientActor patient, StartBackDraft draft) {
        return onCurrent(patient, (actor, found) -> questionnaires.answer(actor, found.care(), Instrument.START_BACK,
                draft.problems(), draft::answers));
    }

    /** A PSFS as the patient answered it: their own activities, or on a later one the same activities again. */
    @Transactional
    public Result<OutcomeAdministration> answerPsfs(PatientActor patient, PsfsDraft draft) {
        return onCurrent(patient, (actor, found) -> questionnaires.answer(actor, found.care(), Instrument.PSFS,
                draft.problems(), draft::answers));
    }

    /** A session the patient did, checked against the program version in force on its day. */
    @Transactional
    public Result<ExerciseSession> recordSession(PatientActor patient, SessionDraft typed) {
        return onCurrent(patient, (actor, found) -> {
            Optional<ProgramOverview> program = found.program();
            if (program.isEmpty()) {
                return Result.rejected("completed", NO_PROGRAM);
            }
            SessionDraft draft = typed.fromPatientApp();
            List<FieldProblem> problems = draft.problems(program.get().program(), LocalDate.now(clock));
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            ExerciseSession session = draft.toSession(program.get().program(), Optional.empty(), clock.instant());
            sessions.add(session);
            care.record(actor, AuditAction.EXERCISE_SESSION_RECORDED, "exercise_session", session.id().value(),
                    List.of());
            return new Result.Saved<>(session);
        });
    }

    /**
     * How the patient feels now; "yes" to a warning sign raises a flag exactly as a clinician's check-in
     * does, and an emergency or urgent one is also mailed to their therapist (see {@link TherapistFlagMail}).
     */
    @Transactional
    public Result<Reported> checkIn(PatientActor patient, CheckInDraft typed) {
        return onCurrent(patient, (actor, found) -> {
            LocalDateTime now = LocalDateTime.now(clock);
            CheckInDraft draft = typed.fromPatientNow(now);
            Episode episode = episodeOf(found);
            List<FieldProblem> problems = new ArrayList<>(draft.problems(episode, now));
            if (draft.redFlags() != null && !ASKED_AT_HOME.containsAll(draft.redFlags())) {
                problems.add(new FieldProblem("redFlags", "Answer only the questions on this page"));
            }
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            CheckIn checkIn = draft.toCheckIn(episode, clock.getZone(), Optional.empty());
            checkIns.add(checkIn);
            care.record(actor, AuditAction.CHECK_IN_RECORDED, "check_in", checkIn.id(), List.of());
            List<RaisedFlag> raised = flags.raise(actor, episode, checkIn.redFlags(), checkIn.id());
            flagMail.queue(found.care().patient(), raised).ifPresent(mailed -> care.record(actor,
                    AuditAction.RED_FLAG_MAILED, "mail_outbox", mailed.value(), List.of()));
            // the advice follows every "yes", also for a sign already open: it is still true today
            Optional<Tier> mostUrgent = checkIn.redFlags().stream().map(RedFlag::tier)
                    .min(Comparator.naturalOrder());
            return new Result.Saved<>(new Reported(checkIn, raised, mostUrgent));
        });
    }

    @Transactional
    public Result<Progress> progress(PatientActor patient) {
        return onCurrent(patient, (actor, found) -> {
            Episode episode = episodeOf(found);
            care.record(actor, AuditAction.PROGRESS_VIEWED, "episode", episode.id().value(), List.of());
            return new Result.Saved<>(new Progress(episode, checkIns.timeline(episode.id()), found.program()));
        });
    }

    private <T> Result<T> onCurrent(PatientActor patient, BiFunction<PatientActor, Current, Result<T>> useCase) {
        return care.onOwnCare(patient, (actor, own) -> {
            Map<EpisodeId, ProgramOverview> programs = this.programs.overviews(own.openEpisodes());
            Episode shown = own.openEpisodes().stream().filter(episode -> programs.containsKey(episode.id()))
                    .findFirst().orElse(own.openEpisodes().getFirst());
            return useCase.apply(actor, new Current(new PatientEpisode(own.patient(), shown),
                    Optional.ofNullable(programs.get(shown.id()))));
        });
    }

    private static Episode episodeOf(Current current) {
        return current.care().episode();
    }
}
