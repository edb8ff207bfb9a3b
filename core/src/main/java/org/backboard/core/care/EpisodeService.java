package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.Guard;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckIns;
import org.backboard.core.shared.Texts;

/**
 * Opening and changing episodes of care. Every change is checked against the version the
 * clinician loaded (a stale screen gets a conflict, never an overwrite) and audited in the same
 * transaction; red flags answered at intake are raised with the episode.
 */
public class EpisodeService {

    static final String CONFLICT = "Someone else changed this episode after you opened it. "
            + "Reload to see their change, then apply yours again.";
    static final String CLOSED = "This episode is discharged and closed";

    private static final Set<Guard> ACTIVE_PATIENT = Set.of(Guard.PATIENT_NOT_ARCHIVED);

    private final Episodes episodes;
    private final CheckIns checkIns;
    private final FlagRaiser flags;
    private final CareAccess care;
    private final Clock clock;

    public EpisodeService(Episodes episodes, CheckIns checkIns, RaisedFlags raisedFlags, CareAccess care,
                          Clock clock) {
        this.episodes = episodes;
        this.checkIns = checkIns;
        this.care = care;
        this.flags = new FlagRaiser(raisedFlags, care, clock);
        this.clock = clock;
    }

    /** Opens an episode on the patient's therapist's caseload, raising the flags answered "yes" at intake. */
    @Transactional
    public Result<Episode> open(Actor claimed, PatientId patientId, EpisodeDraft draft, Set<RedFlag> intakeFlags) {
        return care.onPatient(claimed, patientId, ACTIVE_PATIENT, (actor, patient) -> {
            List<FieldProblem> problems = draft.problems(today(), patient.details().dateOfBirth());
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            Episode saved = episodes.save(Episode.open(patientId, draft.toDetails(), patient.therapist()));
            care.record(actor, AuditAction.EPISODE_OPENED, patientId, "episode", saved.id().value(),
                    EpisodeChanges.present(saved.details()));
            flags.raise(actor, saved, intakeFlags, Optional.empty());
            return new Result.Saved<>(saved);
        });
    }

    /** Corrects the intake details; the dates must still fit the check-ins and any discharge. */
    @Transactional
    public Result<Episode> edit(Actor claimed, EpisodeId id, long loadedVersion, EpisodeDraft draft) {
        return change(claimed, id, loadedVersion, AuditAction.EPISODE_UPDATED, (patient, current) -> {
            List<FieldProblem> problems = draft.problems(today(), patient.details().dateOfBirth());
            if (problems.isEmpty()) {
                problems.addAll(fitsRecord(current, draft.toDetails()));
            }
            return problems.isEmpty() ? Changed.to(current.edit(draft.toDetails())) : Changed.refused(problems);
        });
    }

    @Transactional
    public Result<Episode> putOnHold(Actor claimed, EpisodeId id, long loadedVersion) {
        return change(claimed, id, loadedVersion, AuditAction.EPISODE_PUT_ON_HOLD, (patient, current) -> current.isDischarged()
                ? Changed.refused(List.of(new FieldProblem("status", CLOSED))) : Changed.to(current.putOnHold()));
    }

    @Transactional
    public Result<Episode> resume(Actor claimed, EpisodeId id, long loadedVersion) {
        return change(claimed, id, loadedVersion, AuditAction.EPISODE_RESUMED, (patient, current) -> current.isDischarged()
                ? Changed.refused(List.of(new FieldProblem("status", CLOSED))) : Changed.to(current.resume()));
    }

    /** Closes the episode: not before its start or its latest check-in, not in the future, with a reason. */
    @Transactional
    public Result<Episode> discharge(Actor claimed, EpisodeId id, long loadedVersion, LocalDate date,
                                         String reason) {
        return change(claimed, id, loadedVersion, AuditAction.EPISODE_DISCHARGED, (patient, current) -> {
            List<FieldProblem> problems = dischargeProblems(current, date, reason);
            return problems.isEmpty() ? Changed.to(current.discharge(new Discharge(date, reason), today()))
                    : Changed.refused(problems);
        });
    }

    private List<FieldProblem> dischargeProblems(Episode episode, LocalDate date, String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        if (episode.isDischarged()) {
            problems.add(new FieldProblem("status", CLOSED));
            return problems;
        }
        if (date == null) {
            problems.add(new FieldProblem("dischargeDate", "Enter the discharge date"));
        } else if (date.isAfter(today())) {
            problems.add(new FieldProblem("dischargeDate", "Discharge cannot be in the future"));
        } else if (date.isBefore(episode.details().startDate())) {
            problems.add(new FieldProblem("dischargeDate", "Discharge cannot be before the episode's start"));
        } else {
            latestCheckInDate(episode).filter(date::isBefore).ifPresent(last -> problems.add(new FieldProblem(
                    "dischargeDate", "Discharge cannot be before the latest check-in (" + last + ")")));
        }
        if (Texts.isBlank(reason)) {
            problems.add(new FieldProblem("dischargeReason", "Give the reason for discharge"));
        } else {
            Texts.problem(reason, Texts.Shape.LINES, 500, "A reason has at most 500 characters")
                    .ifPresent(message -> problems.add(new FieldProblem("dischargeReason", message)));
        }
        return problems;
    }

    /** New dates must keep every check-in on or after the onset, and the start on or before any discharge. */
    private List<FieldProblem> fitsRecord(Episode episode, EpisodeDetails details) {
        List<FieldProblem> problems = new ArrayList<>();
        episode.discharge().map(Discharge::date).filter(details.startDate()::isAfter).ifPresent(end ->
                problems.add(new FieldProblem("startDate", "The start cannot be after the discharge (" + end + ")")));
        firstCheckInDate(episode).filter(first -> first.isBefore(details.onset().date())).ifPresent(first ->
                problems.add(new FieldProblem("onsetDate",
                        "Symptom onset cannot be after the first check-in (" + first + ")")));
        return problems;
    }

    private Optional<LocalDate> firstCheckInDate(Episode episode) {
        return checkIns.timeline(episode.id()).stream().findFirst().map(this::dateOf);
    }

    private Optional<LocalDate> latestCheckInDate(Episode episode) {
        List<CheckIn> timeline = checkIns.timeline(episode.id());
        return timeline.isEmpty() ? Optional.empty() : Optional.of(dateOf(timeline.getLast()));
    }

    private LocalDate dateOf(CheckIn checkIn) {
        return LocalDate.ofInstant(checkIn.takenAt(), clock.getZone());
    }

    private Result<Episode> change(Actor claimed, EpisodeId id, long loadedVersion, AuditAction action,
                                   BiFunction<Patient, Episode, Changed> verb) {
        return care.onEpisode(claimed, id, ACTIVE_PATIENT, (actor, found) -> {
            Episode current = found.episode();
            if (current.version() != loadedVersion) {
                return new Result.Conflict<>(CONFLICT);
            }
            Changed changed = verb.apply(found.patient(), current);
            if (!changed.problems().isEmpty()) {
                return new Result.Rejected<>(changed.problems());
            }
            List<String> fields = EpisodeChanges.between(current, changed.episode());
            if (fields.isEmpty()) {
                return new Result.Saved<>(current);
            }
            Episode saved = episodes.save(changed.episode());
            care.record(actor, action, saved.patient(), "episode", saved.id().value(), fields);
            return new Result.Saved<>(saved);
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A verb's outcome: the changed episode, or why it was refused. */
    private record Changed(Episode episode, List<FieldProblem> problems) {

        static Changed to(Episode episode) {
            return new Changed(episode, List.of());
        }

        static Changed refused(List<FieldProblem> problems) {
            return new Changed(null, problems);
        }
    }
}
