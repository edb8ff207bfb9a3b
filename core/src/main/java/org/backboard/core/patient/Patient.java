package org.backboard.core.patient;

import java.time.Instant;
import java.util.Objects;
import org.backboard.core.clinician.ClinicianId;

/**
 * A patient on the clinic's roster. Immutable: each verb returns the changed patient, and the
 * version it was loaded with travels along so the store can refuse a stale save.
 */
public record Patient(
        PatientId id,
        PatientDetails details,
        ClinicianId therapist,
        PatientStatus status,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Version of a freshly registered patient; the store counts up from here on each save. */
    public static final long INITIAL_VERSION = 0;

    public Patient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(therapist, "therapist");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "created at");
        Objects.requireNonNull(updatedAt, "updated at");
    }

    public static Patient register(PatientDetails details, ClinicianId therapist, Instant now) {
        return new Patient(PatientId.newId(), details, therapist, PatientStatus.ACTIVE, now, now, INITIAL_VERSION);
    }

    public Patient edit(PatientDetails newDetails, Instant now) {
        return new Patient(id, newDetails, therapist, status, createdAt, now, version);
    }

    public Patient assignTo(ClinicianId newTherapist, Instant now) {
        return new Patient(id, details, newTherapist, status, createdAt, now, version);
    }

    public Patient archive(Instant now) {
        return new Patient(id, details, therapist, PatientStatus.ARCHIVED, createdAt, now, version);
    }

    public Patient restore(Instant now) {
        return new Patient(id, details, therapist, PatientStatus.ACTIVE, createdAt, now, version);
    }

    public boolean isArchived() {
        return status == PatientStatus.ARCHIVED;
    }
}
