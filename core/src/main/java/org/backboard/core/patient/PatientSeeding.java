package org.backboard.core.patient;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Seeding port: bulk loads of patients, kept out of {@link Patients}: the demo and benchmark clinics,
 * and a lead's import of a patient list.
 */
public interface PatientSeeding {

    /** Which of these MRNs are already taken (one query, however many). */
    Set<Mrn> existingMrns(Collection<Mrn> mrns);

    /**
     * Bulk insert in the caller's transaction; the patients must be new.
     *
     * @throws DuplicateMrnException when a stored patient holds one of their MRNs (nothing is inserted)
     */
    void insertAll(List<Patient> patients);

    /** Ends a bulk load: lets the database re-plan the roster queries for the new size. */
    void refreshStatistics();
}
