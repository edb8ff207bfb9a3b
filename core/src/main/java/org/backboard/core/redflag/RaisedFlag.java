package org.backboard.core.redflag;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;

/**
 * A warning sign raised on an episode, from intake screening (no check-in) or from a check-in.
 * It stays open until a clinician acknowledges it: flags never expire or close by themselves.
 */
public record RaisedFlag(
        UUID id,
        EpisodeId episode,
        PatientId patient,
        RedFlag sign,
        Instant raisedAt,
        Optional<ClinicianId> raisedBy,
        Optional<UUID> checkIn,
        Optional<Acknowledgement> acknowledgement,
        long version) {

    public RaisedFlag {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(sign, "sign");
        Objects.requireNonNull(raisedAt, "raised at");
        Objects.requireNonNull(raisedBy, "raised by");
        if (raisedBy.isEmpty() && checkIn.isEmpty()) {
            throw new IllegalArgumentException("a flag no clinician raised comes from the patient's own check-in");
        }
    }

    /** A flag a clinician raised. */
    public RaisedFlag(UUID id, EpisodeId episode, PatientId patient, RedFlag sign, Instant raisedAt,
                      ClinicianId raisedBy, Optional<UUID> checkIn, Optional<Acknowledgement> acknowledgement,
                      long version) {
        this(id, episode, patient, sign, raisedAt, Optional.of(raisedBy), checkIn, acknowledgement, version);
    }

    public static RaisedFlag raise(EpisodeId episode, PatientId patient, RedFlag sign, Instant at, ClinicianId by,
                                   Optional<UUID> checkIn) {
        return raise(episode, patient, sign, at, Optional.of(by), checkIn);
    }

    /** Raised by a clinician, or (no clinician) by the patient's own check-in. */
    public static RaisedFlag raise(EpisodeId episode, PatientId patient, RedFlag sign, Instant at,
                                   Optional<ClinicianId> by, Optional<UUID> checkIn) {
        return new RaisedFlag(UUID.randomUUID(), episode, patient, sign, at, by, checkIn, Optional.empty(), 0);
    }

    public Tier tier() {
        return sign.tier();
    }

    public boolean isOpen() {
        return acknowledgement.isEmpty();
    }

    public RaisedFlag acknowledge(Acknowledgement how) {
        if (!isOpen()) {
            throw new IllegalStateException("This flag was already acknowledged");
        }
        return new RaisedFlag(id, episode, patient, sign, raisedAt, raisedBy, checkIn, Optional.of(how), version);
    }
}
