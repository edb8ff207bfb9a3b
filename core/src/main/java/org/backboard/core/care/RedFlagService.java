package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.shared.Texts;

/** Acknowledging a red flag: the only way a flag closes, with an action, a note, who and when. */
public class RedFlagService {

    static final String ALREADY = "Someone acknowledged this flag after you opened it. Reload to see what they did.";

    private final RaisedFlags flags;
    private final Clinicians clinicians;
    private final Caseload caseload;
    private final Clock clock;

    public RedFlagService(RaisedFlags flags, Episodes episodes, Patients patients, Clinicians clinicians,
                          AuditTrail audit, Clock clock) {
        this.flags = flags;
        this.clinicians = clinicians;
        this.caseload = new Caseload(patients, episodes, audit, clock);
        this.clock = clock;
    }

    @Transactional
    public Result<RaisedFlag> acknowledge(Actor claimed, UUID flagId, long loadedVersion,
                                              AcknowledgementAction action, String note) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        Optional<RaisedFlag> found = flags.find(flagId)
                .filter(flag -> caseload.visible(actor, flag.patient()).isPresent());
        if (found.isEmpty()) {
            return new Result.NotFound<>();
        }
        RaisedFlag flag = found.get();
        if (!flag.isOpen() || flag.version() != loadedVersion) {
            return new Result.Conflict<>(ALREADY);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (action == null) {
            problems.add(new FieldProblem("action", "Choose what was done about this flag"));
        }
        if (Texts.isBlank(note)) {
            problems.add(new FieldProblem("note", "Add a note: what you found or arranged"));
        } else {
            Texts.problem(note, Texts.Shape.LINES, Acknowledgement.NOTE_MAX_LENGTH,
                    "A note has at most " + Acknowledgement.NOTE_MAX_LENGTH + " characters")
                    .ifPresent(message -> problems.add(new FieldProblem("note", message)));
        }
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        RaisedFlag saved = flags.save(flag.acknowledge(new Acknowledgement(action, note, actor.id(), clock.instant())));
        caseload.record(actor, AuditAction.RED_FLAG_ACKNOWLEDGED, saved.patient(), "red_flag", saved.id(),
                List.of("action", "note"));
        return new Result.Saved<>(saved);
    }
}
