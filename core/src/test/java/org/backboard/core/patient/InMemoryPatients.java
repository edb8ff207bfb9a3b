package org.backboard.core.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.ConcurrentChangeException;

/**
 * Test fake of the {@link Patients} port. {@link #save} emulates optimistic locking (the stored
 * version must equal the saved patient's version, and each save bumps it) and the unique MRN
 * constraint. Roster filtering is done simply in memory; sorting is always by name.
 */
final class InMemoryPatients implements Patients {

    /** The arguments of the last {@link #roster} call, so tests can see what the service asked for. */
    record RosterCall(RosterQuery query, List<RosterSort> sort, int offset, int limit) { }

    private final Map<PatientId, Patient> stored = new LinkedHashMap<>();
    private final Clinicians clinicians;
    private RosterCall lastRosterCall;

    InMemoryPatients(Clinicians clinicians) {
        this.clinicians = clinicians;
    }

    @Override
    public Optional<Patient> find(PatientId id) {
        return Optional.ofNullable(stored.get(id));
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

    @Override
    public Set<Mrn> existingMrns(Collection<Mrn> mrns) {
        return mrns.stream().filter(mrn -> existsWithMrn(mrn, Optional.empty())).collect(Collectors.toSet());
    }

    @Override
    public void refreshStatistics() {
        // nothing to plan in memory
    }

    @Override
    public void insertAll(List<Patient> patients) {
        for (Patient patient : patients) {
            if (stored.containsKey(patient.id())) {
                throw new IllegalArgumentException("insertAll takes new patients only");
            }
            save(patient);
        }
    }

    @Override
    public List<RosterRow> roster(RosterQuery query, List<RosterSort> sort, int offset, int limit) {
        lastRosterCall = new RosterCall(query, List.copyOf(sort), offset, limit);
        return stored.values().stream()
                .filter(matching(query))
                .sorted(Comparator.comparing((Patient p) -> p.details().name().sortable()))
                .skip(offset)
                .limit(limit)
                .map(this::row)
                .toList();
    }

    @Override
    public int count(RosterQuery query) {
        return (int) stored.values().stream().filter(matching(query)).count();
    }

    RosterCall lastRosterCall() {
        return lastRosterCall;
    }

    List<Patient> all() {
        return new ArrayList<>(stored.values());
    }

    private static Predicate<Patient> matching(RosterQuery query) {
        return patient -> (query.includeArchived() || !patient.isArchived())
                && query.therapist().map(patient.therapist()::equals).orElse(true)
                && query.search().map(s -> mentions(patient, s)).orElse(true);
    }

    private static boolean mentions(Patient patient, String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        PatientDetails details = patient.details();
        return details.mrn().value().toLowerCase(Locale.ROOT).contains(needle)
                || details.name().sortable().toLowerCase(Locale.ROOT).contains(needle);
    }

    private RosterRow row(Patient patient) {
        PatientDetails details = patient.details();
        String therapistName = clinicians.findSummary(patient.therapist()).map(ClinicianSummary::displayName).orElse("");
        return new RosterRow(patient.id(), details.mrn().value(), details.name().given(), details.name().family(),
                details.dateOfBirth(), patient.therapist(), therapistName, patient.status());
    }
}
