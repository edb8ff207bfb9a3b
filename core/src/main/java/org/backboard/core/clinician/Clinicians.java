package org.backboard.core.clinician;

import java.util.List;
import java.util.Optional;

/** Port: where clinicians are stored. */
public interface Clinicians {

    Optional<Clinician> findByUsername(Username username);

    Optional<ClinicianSummary> findSummary(ClinicianId id);

    /** Active therapists and leads who can carry a caseload, by display name. */
    List<ClinicianSummary> activeClinicians();

    boolean anyActiveLead();

    void add(Clinician clinician);
}
