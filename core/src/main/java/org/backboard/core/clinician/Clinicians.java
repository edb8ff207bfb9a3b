package org.backboard.core.clinician;

import java.util.List;
import java.util.Optional;

/** Port: where clinicians are stored. */
public interface Clinicians {

    Optional<Clinician> findByUsername(Username username);

    Optional<Clinician> findById(ClinicianId id);

    /** The role of the account if it is active: what every use case checks its actor against. */
    Optional<Role> activeRole(ClinicianId id);

    /**
     * Stores a changed clinician.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when it changed since it was loaded
     */
    void update(Clinician clinician);

    /** Counts the active leads and holds them until the transaction ends (for the last-lead rule). */
    int countActiveLeads();

    Optional<ClinicianSummary> findSummary(ClinicianId id);

    /** The clinician, if they are an active therapist (the only ones who carry a caseload). */
    Optional<ClinicianSummary> findActiveTherapist(ClinicianId id);

    /** Active therapists and leads, by display name. */
    List<ClinicianSummary> activeClinicians();

    /** Everyone who ever had an account, active or not, by display name. */
    List<Clinician> all();

    boolean anyActiveLead();

    void add(Clinician clinician);
}
