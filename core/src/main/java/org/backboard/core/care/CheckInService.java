package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.care.Caseload.PatientEpisode;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckIns;

/** Recording a check-in on an episode's symptom timeline, raising a flag for each new warning sign. */
public class CheckInService {

    /** What a recorded check-in led to: the check-in, and the flags it raised (already open signs are not raised twice). */
    public record Recorded(CheckIn checkIn, List<RaisedFlag> raised) { }

    private final CheckIns checkIns;
    private final Clinicians clinicians;
    private final Caseload caseload;
    private final FlagRaiser flags;
    private final Clock clock;

    public CheckInService(CheckIns checkIns, RaisedFlags raisedFlags, Episodes episodes, Patients patients,
                          Clinicians clinicians, AuditTrail audit, Clock clock) {
        this.checkIns = checkIns;
        this.clinicians = clinicians;
        this.caseload = new Caseload(patients, episodes, audit, clock);
        this.flags = new FlagRaiser(raisedFlags, caseload, clock);
        this.clock = clock;
    }

    @Transactional
    public Result<Recorded> record(Actor claimed, EpisodeId episodeId, CheckInDraft draft) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        Optional<PatientEpisode> found = caseload.visibleEpisode(actor, episodeId);
        if (found.isEmpty()) {
            return new Result.NotFound<>();
        }
        if (found.get().patient().isArchived()) {
            return Result.rejected("patient", Caseload.ARCHIVED);
        }
        List<FieldProblem> problems = draft.problems(found.get().episode(), LocalDateTime.now(clock));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        CheckIn checkIn = draft.toCheckIn(found.get().episode(), clock.getZone(), actor.id());
        checkIns.add(checkIn);
        caseload.record(actor, AuditAction.CHECK_IN_RECORDED, found.get().patient().id(), "check_in", checkIn.id(),
                List.of());
        List<RaisedFlag> raised = flags.raise(actor, found.get().episode(), checkIn.redFlags(),
                Optional.of(checkIn.id()));
        return new Result.Saved<>(new Recorded(checkIn, raised));
    }
}
