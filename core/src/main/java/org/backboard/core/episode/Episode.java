package org.backboard.core.episode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;

/**
 * An episode of care for one patient's back pain. Immutable: the verbs return the changed
 * episode, which keeps the version it was loaded with so the store can refuse a stale save.
 */
public record Episode(
        EpisodeId id,
        PatientId patient,
        EpisodeDetails details,
        ClinicianId therapist,
        EpisodeStatus status,
        Optional<Discharge> discharge,
        long version) {

    public Episode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(therapist, "therapist");
        Objects.requireNonNull(status, "status");
        if ((status == EpisodeStatus.DISCHARGED) != discharge.isPresent()) {
            throw new IllegalArgumentException("a discharged episode, and only that, has a discharge");
        }
    }

    public static Episode open(PatientId patient, EpisodeDetails details, ClinicianId therapist) {
        return new Episode(EpisodeId.newId(), patient, details, therapist, EpisodeStatus.ACTIVE, Optional.empty(), 0);
    }

    /** The 12-week clock on a given day: from symptom onset, stopped at discharge. */
    public Chronicity chronicityOn(LocalDate asOf) {
        LocalDate until = discharge.map(Discharge::date).filter(end -> end.isBefore(asOf)).orElse(asOf);
        return Chronicity.of(details.onset().date(), until);
    }

    public Episode edit(EpisodeDetails newDetails) {
        return new Episode(id, patient, newDetails, therapist, status, discharge, version);
    }

    public Episode putOnHold() {
        requireNotDischarged();
        return new Episode(id, patient, details, therapist, EpisodeStatus.ON_HOLD, Optional.empty(), version);
    }

    public Episode resume() {
        requireNotDischarged();
        return new Episode(id, patient, details, therapist, EpisodeStatus.ACTIVE, Optional.empty(), version);
    }

    /**
     * Ends the episode. The date may not be before the start (and so not before the onset, which
     * the draft keeps on or before the start), nor in the future.
     */
    public Episode discharge(Discharge end, LocalDate today) {
        requireNotDischarged();
        if (end.date().isBefore(details.startDate())) {
            throw new IllegalArgumentException("Discharge cannot be before the episode's start");
        }
        if (end.date().isAfter(today)) {
            throw new IllegalArgumentException("Discharge cannot be in the future");
        }
        return new Episode(id, patient, details, therapist, EpisodeStatus.DISCHARGED, Optional.of(end), version);
    }

    public boolean isDischarged() {
        return status == EpisodeStatus.DISCHARGED;
    }

    private void requireNotDischarged() {
        if (isDischarged()) {
            throw new IllegalStateException("A discharged episode is closed");
        }
    }
}
