package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.clinician.Actor;
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
    private final CareAccess care;
    private final Clock clock;

    public RedFlagService(RaisedFlags flags, CareAccess care, Clock clock) {
        this.flags = flags;
        this.care = care;
        this.clock = clock;
    }

    /** Open also on an archived patient's record: see {@link CareAccess} on why. */
    @Transactional
    public Result<RaisedFlag> acknowledge(Actor claimed, UUID flagId, long loadedVersion,
                                          AcknowledgementAction action, String note) {
        Optional<RaisedFlag> found = flags.find(flagId);
        if (found.isEmpty()) {
            return new Result.NotFound<>();
        }
        return care.onPatient(claimed, found.get().patient(), Set.of(),
                (actor, patient) -> acknowledge(actor, found.get(), loadedVersion, action, note));
    }

    private Result<RaisedFlag> acknowledge(Actor actor, RaisedFlag flag, long loadedVersion,
                                           AcknowledgementAction action, String note) {
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
        care.record(actor, AuditAction.RED_FLAG_ACKNOWLEDGED, saved.patient(), "red_flag", saved.id(),
                List.of("action", "note"));
        return new Result.Saved<>(saved);
    }
}
