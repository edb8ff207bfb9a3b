package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess.Guard;
import org.backboard.core.clinician.Actor;
import org.backboard.core.episode.EpisodeId;
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
    private final CareAccess care;
    private final FlagRaiser flags;
    private final Clock clock;

    public CheckInService(CheckIns checkIns, RaisedFlags raisedFlags, CareAccess care, Clock clock) {
        this.checkIns = checkIns;
        this.care = care;
        this.flags = new FlagRaiser(raisedFlags, care, clock);
        this.clock = clock;
    }

    @Transactional
    public Result<Recorded> record(Actor claimed, EpisodeId episodeId, CheckInDraft draft) {
        return care.onEpisode(claimed, episodeId, Set.of(Guard.PATIENT_NOT_ARCHIVED), (actor, found) -> {
            List<FieldProblem> problems = draft.problems(found.episode(), LocalDateTime.now(clock));
            if (!problems.isEmpty()) {
                return new Result.Rejected<>(problems);
            }
            CheckIn checkIn = draft.toCheckIn(found.episode(), clock.getZone(), Optional.of(actor.id()));
            checkIns.add(checkIn);
            care.record(actor, AuditAction.CHECK_IN_RECORDED, found.patient().id(), "check_in", checkIn.id(),
                    List.of());
            List<RaisedFlag> raised = flags.raise(actor, found.episode(), checkIn.redFlags(),
                    Optional.of(checkIn.id()));
            return new Result.Saved<>(new Recorded(checkIn, raised));
        });
    }
}
