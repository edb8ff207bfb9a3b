package org.backboard.core.patient;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Seeding port: bulk loads of patients for the demo and benchmark clinics, kept out of {@link Patients}. */
public interface PatientSeeding {

    /** Which of these MRNs are already taken (for idempotent bulk loads). */
    Set<Mrn> existingMrns(Collection<Mrn> mrns);

    /** Bulk insert; the patients must be new. */
    void insertAll(List<Patient> patients);

    /** Ends a bulk load: lets the database re-plan the roster queries for the new size. */
    void refreshStatistics();
}
