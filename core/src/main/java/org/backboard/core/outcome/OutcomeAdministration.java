package org.backboard.core.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;

/** One questionnaire taken on an episode: when, its answers, and which clinician recorded it. Never edited. */
public record OutcomeAdministration(OutcomeId id, EpisodeId episode, PatientId patient, LocalDate takenOn,
                                    Measurement measurement, ClinicianId recordedBy, Instant recordedAt) {

    public OutcomeAdministration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(takenOn, "taken on");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(recordedBy, "recorded by");
        Objects.requireNonNull(recordedAt, "recorded at");
    }

    public Instrument instrument() {
        return measurement.instrument();
    }
}
