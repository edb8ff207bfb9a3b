package org.backboard.core.care;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Episode;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;

/**
 * Raises a flag for each warning sign answered "yes", unless the same sign is already open on the
 * episode: the open flag still stands, and a second one would only be acknowledged twice.
 */
final class FlagRaiser {

    private final RaisedFlags flags;
    private final CareAccess care;
    private final Clock clock;

    FlagRaiser(RaisedFlags flags, CareAccess care, Clock clock) {
        this.flags = flags;
        this.care = care;
        this.clock = clock;
    }

    List<RaisedFlag> raise(Actor actor, Episode episode, Set<RedFlag> answeredYes, Optional<UUID> checkIn) {
        return raise(Optional.of(actor.id()), episode, answeredYes, checkIn, flag ->
                care.record(actor, AuditAction.RED_FLAG_RAISED, episode.patient(), "red_flag", flag.id(), List.of()));
    }

    /** A patient's own check-in raises flags exactly as a clinician's does, with the patient as the actor. */
    List<RaisedFlag> raise(PatientActor actor, Episode episode, Set<RedFlag> answeredYes, UUID checkIn) {
        return raise(Optional.empty(), episode, answeredYes, Optional.of(checkIn), flag ->
                care.record(actor, AuditAction.RED_FLAG_RAISED, "red_flag", flag.id(), List.of()));
    }

    private List<RaisedFlag> raise(Optional<ClinicianId> by, Episode episode, Set<RedFlag> answeredYes,
                                   Optional<UUID> checkIn, Consumer<RaisedFlag> audit) {
        if (answeredYes == null || answeredYes.isEmpty()) {
            return List.of();
        }
        Set<RedFlag> alreadyOpen = flags.openSigns(episode.id());
        List<RaisedFlag> raised = answeredYes.stream()
                .filter(sign -> !alreadyOpen.contains(sign))
                .sorted(Comparator.naturalOrder())
                .map(sign -> RaisedFlag.raise(episode.id(), episode.patient(), sign, clock.instant(), by, checkIn))
                .toList();
        for (RaisedFlag flag : raised) {
            flags.add(flag);
            audit.accept(flag);
        }
        return raised;
    }
}
