package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.Guard;
import org.backboard.core.care.CareAccess.PatientEpisode;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramAdherence;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.Programs;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.program.SessionSource;
import org.backboard.core.program.WeekAtAGlance;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;

/**
 * Home exercise programs on an episode: start one, revise it (each revision a new version, never
 * an edit of a past one), record completed sessions, and read them for the patient page and the
 * handout. Same caseload rule and audit trail as the rest of the care record.
 */
public class ProgramService {

    static final String CONFLICT = "Someone else revised this program after you opened it. "
            + "Reload to see their version, then apply your change again.";
    static final String ALREADY_STARTED = "This episode already has a program: revise it instead";
    private static final int DAYS_AHEAD = 90;
    /** Program changes and sessions: an active patient, an open episode. */
    private static final Set<Guard> OPEN_CARE = Set.of(Guard.PATIENT_NOT_ARCHIVED, Guard.EPISODE_OPEN);

    private final Programs programs;
    private final ExerciseSessions sessions;
    private final Exercises exercises;
    private final CareAccess care;
    private final Clock clock;

    public ProgramService(Programs programs, ExerciseSessions sessions, Exercises exercises, CareAccess care,
                          Clock clock) {
        this.programs = programs;
        this.sessions = sessions;
        this.exercises = exercises;
        this.care = care;
        this.clock = clock;
    }

    @Transactional
    public Result<Program> start(Actor claimed, EpisodeId episodeId, ProgramDraft draft) {
        return care.onEpisode(claimed, episodeId, OPEN_CARE, (actor, found) -> {
            Episode episode = found.episode();
            if (programs.forEpisodes(List.of(episodeId)).containsKey(episodeId)) {
                return new Result.Conflict<>(ALREADY_STARTED);
            }
            LocalDate start = episode.details().startDate();
            List<FieldProblem> problems = draft.problems(limits(draft, start,
                    "A program cannot start before its episode (" + start + ")", Set.of()));
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            Program saved = programs.add(Program.start(episodeId, episode.patient(), draft.effectiveFrom(),
                    draft.prescriptions(), actor.id(), clock.instant()));
            care.record(actor, AuditAction.PROGRAM_STARTED, saved.patient(), "program", saved.id().value(),
                    List.of("prescriptions"));
            return new Result.Saved<>(saved);
        });
    }

    /** A new version from the draft's date, which may not lie before today or before the version it replaces. */
    @Transactional
    public Result<Program> revise(Actor claimed, ProgramId id, long loadedVersion, ProgramDraft draft) {
        return onProgram(claimed, id, (actor, current) -> {
            if (current.version() != loadedVersion) {
                return new Result.Conflict<>(CONFLICT);
            }
            ProgramVersion latest = current.latest();
            LocalDate today = today();
            boolean latestAhead = latest.effectiveFrom().isAfter(today);
            LocalDate earliest = latestAhead ? latest.effectiveFrom() : today;
            String tooEarly = latestAhead
                    ? "Version " + latest.number() + " takes effect " + latest.effectiveFrom() + ": date this one no earlier"
                    : "A revision takes effect today or later: past versions are never changed";
            Set<ExerciseId> kept = latest.prescriptions().stream().map(Prescription::exercise)
                    .collect(Collectors.toSet());
            List<FieldProblem> problems = draft.problems(limits(draft, earliest, tooEarly, kept));
            if (problems.isEmpty() && Set.copyOf(draft.prescriptions()).equals(Set.copyOf(latest.prescriptions()))) {
                problems = List.of(new FieldProblem("items", "Nothing changed since version " + latest.number()));
            }
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            // a race lost in the store is an exception: the transaction must roll back (the ui says so)
            Program saved = programs.addVersion(current.revise(draft.effectiveFrom(), draft.prescriptions(),
                    actor.id(), clock.instant()));
            care.record(actor, AuditAction.PROGRAM_REVISED, saved.patient(), "program", saved.id().value(),
                    List.of("prescriptions"));
            return new Result.Saved<>(saved);
        });
    }

    @Transactional
    public Result<ExerciseSession> recordSession(Actor claimed, ProgramId id, SessionDraft draft) {
        return onProgram(claimed, id, (actor, program) -> {
            if (draft.source() == SessionSource.PATIENT_APP) {
                // the app will report its own sessions; a clinician records what they heard or saw
                return Result.rejected("source", "Record the session as reported at a visit or by phone");
            }
            List<FieldProblem> problems = draft.problems(program, today());
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            ExerciseSession session = draft.toSession(program, actor.id(), clock.instant());
            sessions.add(session);
            care.record(actor, AuditAction.EXERCISE_SESSION_RECORDED, session.patient(), "exercise_session",
                    session.id().value(), List.of("completed", "painDuring", "painAfter", "tooHard", "note"));
            return new Result.Saved<>(session);
        });
    }

    /** The program with its patient and library entries, for the printable handout; the read is audited. */
    @Transactional
    public Optional<Handout> handout(Actor claimed, ProgramId id) {
        Actor actor = care.actor(claimed);
        Optional<Program> program = programs.find(id);
        Optional<PatientEpisode> found = program.flatMap(p -> care.visibleEpisode(actor, p.episode()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        care.record(actor, AuditAction.PROGRAM_HANDOUT_VIEWED, program.get().patient(), "program",
                id.value(), List.of());
        return Optional.of(new Handout(found.get().patient(),
                overview(program.get(), exercises.byIds(program.get().exercisesNamed()), today())));
    }

    /** A change to the program, on its episode's guards. */
    private <T> Result<T> onProgram(Actor claimed, ProgramId id, BiFunction<Actor, Program, Result<T>> useCase) {
        Optional<Program> program = programs.find(id);
        if (program.isEmpty()) {
            care.actor(claimed); // a deactivated account is refused even when there is nothing to find
            return new Result.NotFound<>();
        }
        return care.onEpisode(claimed, program.get().episode(), OPEN_CARE,
                (actor, found) -> useCase.apply(actor, program.get()));
    }

    /**
     * Each episode's program with this week's sessions and its adherence, up to today or the
     * discharge (for the care record; the caller audits the read).
     */
    Map<EpisodeId, ProgramOverview> overviews(Collection<Episode> episodes) {
        Map<EpisodeId, Episode> byId = episodes.stream().collect(Collectors.toMap(Episode::id, e -> e));
        Map<EpisodeId, Program> found = programs.forEpisodes(byId.keySet());
        if (found.isEmpty()) {
            return Map.of();
        }
        LocalDate today = today();
        LocalDate firstStart = found.values().stream().map(Program::startDate).min(LocalDate::compareTo)
                .orElse(today);
        Map<ProgramId, List<ExerciseSession>> sessionsSoFar = sessions.between(
                found.values().stream().map(Program::id).toList(), firstStart, today);
        // one library lookup for all of the patient's programs
        Map<ExerciseId, Exercise> library = exercises.byIds(found.values().stream()
                .flatMap(program -> program.exercisesNamed().stream()).collect(Collectors.toSet()));
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> {
            Program program = entry.getValue();
            Episode episode = byId.get(entry.getKey());
            List<ExerciseSession> done = sessionsSoFar.getOrDefault(program.id(), List.of());
            LocalDate asOf = episode.discharge().map(d -> d.date().isBefore(today) ? d.date() : today).orElse(today);
            ProgramOverview.AdherenceWindows windows = new ProgramOverview.AdherenceWindows(
                    ProgramAdherence.lastDays(program, done, 7, asOf),
                    ProgramAdherence.lastDays(program, done, 14, asOf),
                    ProgramAdherence.lastDays(program, done, 28, asOf));
            return new ProgramOverview(program, library, week(program, done, today), windows,
                    ProgramAdherence.weekly(program, done, episode.details().onset().date(), asOf));
        }));
    }

    private static ProgramOverview overview(Program program, Map<ExerciseId, Exercise> library, LocalDate today) {
        return new ProgramOverview(program, library, week(program, List.of(), today),
                ProgramOverview.AdherenceWindows.NONE, List.of());
    }

    private static Optional<WeekAtAGlance> week(Program program, List<ExerciseSession> sessions, LocalDate today) {
        return program.inForceOn(today).map(version -> WeekAtAGlance.of(version, sessions, today));
    }

    private ProgramDraft.Limits limits(ProgramDraft draft, LocalDate earliest, String tooEarly, Set<ExerciseId> kept) {
        return new ProgramDraft.Limits(earliest, tooEarly, today().plusDays(DAYS_AHEAD),
                exercises.byIds(draft.exercises()), kept);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
