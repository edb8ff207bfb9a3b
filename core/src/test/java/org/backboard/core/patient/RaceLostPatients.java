package org.backboard.core.patient;

import java.util.Optional;

/**
 * The store as a save sees it when another save of the same MRN commits between its check and its
 * insert: the check finds nothing, the insert hits the unique MRN.
 */
final class RaceLostPatients implements Patients {

    private final Patients store;

    RaceLostPatients(Patients store) {
        this.store = store;
    }

    @Override
    public Optional<Patient> find(PatientId id) {
        return store.find(id);
    }

    @Override
    public java.util.List<Patient> batchAfter(Optional<org.backboard.core.clinician.ClinicianId> therapist,
                                              Optional<PatientId> after, int limit) {
        return store.batchAfter(therapist, after, limit);
    }

    @Override
    public boolean existsWithMrn(Mrn mrn, Optional<PatientId> except) {
        return false;
    }

    @Override
    public Patient save(Patient patient) {
        return store.save(patient);
    }

    @Override
    public Optional<java.time.LocalDate> earliestCareDate(PatientId id) {
        return store.earliestCareDate(id);
    }

    @Override
    public java.util.List<Patient> changedBetween(Optional<org.backboard.core.clinician.ClinicianId> therapist,
                                                  java.time.Instant from, java.time.Instant until, int offset,
                                                  int limit) {
        return store.changedBetween(therapist, from, until, offset, limit);
    }
}
