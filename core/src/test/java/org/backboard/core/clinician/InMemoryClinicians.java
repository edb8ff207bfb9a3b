package org.backboard.core.clinician;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link Clinicians} port, backed by a map. */
public final class InMemoryClinicians implements Clinicians {

    private final Map<ClinicianId, Clinician> stored = new LinkedHashMap<>();

    /** Adds an active clinician and returns the actor that signs in as them. */
    public Actor enrol(String username, String displayName, Role role) {
        Clinician clinician = Clinician.create(Username.of(username), displayName, "hash-of-" + username, role);
        add(clinician);
        return new Actor(clinician.id(), role);
    }

    @Override
    public Optional<Clinician> findByUsername(Username username) {
        return stored.values().stream().filter(c -> c.username().equals(username)).findFirst();
    }

    @Override
    public Optional<ClinicianSummary> findSummary(ClinicianId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemoryClinicians::summary);
    }

    @Override
    public Optional<ClinicianSummary> findActiveTherapist(ClinicianId id) {
        return Optional.ofNullable(stored.get(id)).filter(c -> c.active() && c.role() == Role.THERAPIST)
                .map(InMemoryClinicians::summary);
    }

    @Override
    public List<ClinicianSummary> activeClinicians() {
        return stored.values().stream()
                .filter(Clinician::active)
                .map(InMemoryClinicians::summary)
                .sorted(Comparator.comparing(ClinicianSummary::displayName))
                .toList();
    }

    @Override
    public List<Clinician> all() {
        return stored.values().stream().sorted(java.util.Comparator.comparing(Clinician::displayName)).toList();
    }

    @Override
    public Optional<Clinician> findById(ClinicianId id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Optional<Role> activeRole(ClinicianId id) {
        return findById(id).filter(Clinician::active).map(Clinician::role);
    }

    @Override
    public void update(Clinician clinician) {
        Clinician current = stored.get(clinician.id());
        if (current == null || current.version() != clinician.version()) {
            throw new org.backboard.core.shared.ConcurrentChangeException("this account");
        }
        stored.put(clinician.id(), new Clinician(clinician.id(), clinician.username(), clinician.displayName(),
                clinician.passwordHash(), clinician.role(), clinician.active(), clinician.email(), clinician.version() + 1));
    }

    @Override
    public int countActiveLeads() {
        return (int) stored.values().stream().filter(Clinician::isActiveLead).count();
    }

    @Override
    public boolean anyActiveLead() {
        return stored.values().stream().anyMatch(c -> c.active() && c.role() == Role.LEAD);
    }

    @Override
    public void add(Clinician clinician) {
        if (stored.containsKey(clinician.id()) || findByUsername(clinician.username()).isPresent()) {
            throw new IllegalStateException("clinician already stored: " + clinician.username());
        }
        stored.put(clinician.id(), new Clinician(clinician.id(), clinician.username(), clinician.displayName(),
                clinician.passwordHash(), clinician.role(), clinician.active(), clinician.email(), clinician.version() + 1));
    }

    private static ClinicianSummary summary(Clinician clinician) {
        return new ClinicianSummary(clinician.id(), clinician.displayName(), clinician.role());
    }
}
