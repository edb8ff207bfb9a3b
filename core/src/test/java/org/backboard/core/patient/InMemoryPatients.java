package org.backboard.core.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.ConcurrentChangeException;

/**
 * Test fake of the {@link Patients} port. {@link #save} emulates optimistic locking (the stored
 * version must equal the saved patient's version, and each save bumps it) and the unique MRN
 * constraint.
 */
public final class InMemoryPatients implements Patients {

    private final Map<PatientId, Patient> stored = new LinkedHashMap<>();
    private final Map<PatientId, LocalDate> careBegan = new LinkedHashMap<>();

    /** What the episodes would say: the patient's care had begun by this day. */
    public void careBegan(PatientId id, LocalDate day) {
        careBegan.put(id, day);
    }

    @Override
    public Optional<LocalDate> earliestCareDate(PatientId id) {
        return Optional.ofNullable(careBegan.get(id));
    }

    @Override
    public Optional<Patient> find(PatientId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public List<Patient> batchAfter(Optional<ClinicianId> therapist, Optional<PatientId> after, int limit) {
        return stored.values().stream()
                .filter(p -> therapist.map(p.therapist()::equals).orElse(true))
                // as PostgreSQL orders uuids (unsigned bytes, as their text), not as UUID.compareTo
                .filter(p -> after.map(a -> p.id().value().toString().compareTo(a.value().toString()) > 0).orElse(true))
                .sorted(Comparator.comparing((Patient p) -> p.id().value().toString()))
                .limit(limit).toList();
    }

    @Override
    public boolean existsWithMrn(Mrn mrn, Optional<PatientId> except) {
        return stored.values().stream()
                .filter(p -> except.map(id -> !id.equals(p.id())).orElse(true))
                .anyMatch(p -> p.details().mrn().equals(mrn));
    }

    @Override
    public Patient save(Patient patient) {
        Patient current = stored.get(patient.id());
        long storedVersion = current == null ? patient.version() : current.version();
        if (storedVersion != patient.version()) {
            throw new ConcurrentChangeException("this patient");
        }
        if (existsWithMrn(patient.details().mrn(), Optional.of(patient.id()))) {
            throw new DuplicateMrnException();
        }
        Patient saved = new Patient(patient.id(), patient.details(), patient.therapist(), patient.status(),
                patient.createdAt(), patient.updatedAt(), patient.version() + 1);
        stored.put(saved.id(), saved);
        return saved;
    }

    public List<Patient> all() {
        return new ArrayList<>(stored.values());
    }


    @Override
    public List<Patient> changedBetween(Optional<ClinicianId> therapist,
                                        Instant from, Instant until, int offset, int limit) {
        return stored.values().stream()
                .filter(patient -> therapist.map(patient.therapist()::equals).orElse(true))
                .filter(patient -> !patient.updatedAt().isBefore(from) && patient.updatedAt().isBefore(until))
                .sorted(Comparator.comparing(Patient::updatedAt)
                        .thenComparing(patient -> patient.id().value()))
                .skip(offset).limit(limit).toList();
    }
}
