package org.backboard.core.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;

/**
 * One questionnaire taken on an episode: when, its answers, and which clinician recorded it, or none
 * when the patient answered it in their own app. Never edited.
 */
public record OutcomeAdministration(OutcomeId id, EpisodeId episode, PatientId patient, LocalDate takenOn,
                                    Measurement measurement, Optional<ClinicianId> recordedBy, Instant recordedAt) {

    public OutcomeAdministration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(takenOn, "taken on");
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(recordedBy, "recorded by");
        Objects.requireNonNull(recordedAt, "recorded at");
        // the Oswestry's licensed wording is not given to patients: a clinician always scores it
        if (recordedBy.isEmpty() && measurement.instrument() == Instrument.ODI) {
            throw new IllegalArgumentException("the Oswestry is scored by a clinician");
        }
    }

    /** A questionnaire a clinician recorded. */
    public OutcomeAdministration(OutcomeId id, EpisodeId episode, PatientId patient, LocalDate takenOn,
                                 Measurement measurement, ClinicianId recordedBy, Instant recordedAt) {
        this(id, episode, patient, takenOn, measurement, Optional.of(recordedBy), recordedAt);
    }

    public Instrument instrument() {
        return measurement.instrument();
    }

    /** Answered by the patient in their own app, with no clinician. */
    public boolean patientReported() {
        return recordedBy.isEmpty();
    }
}
