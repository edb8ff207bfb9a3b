package org.backboard.core.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;

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
    public List<Patient> batchAfter(Optional<ClinicianId> therapist,
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
    public Optional<LocalDate> earliestCareDate(PatientId id) {
        return store.earliestCareDate(id);
    }

    @Override
    public List<Patient> changedBetween(Optional<ClinicianId> therapist,
                                                  Instant from, Instant until, int offset,
                                                  int limit) {
        return store.changedBetween(therapist, from, until, offset, limit);
    }
}
