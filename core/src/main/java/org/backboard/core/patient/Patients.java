package org.backboard.core.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;

/** Port: where patients are stored. */
public interface Patients {

    Optional<Patient> find(PatientId id);

    /**
     * The next {@code limit} patients after {@code after} in the order of their ids, archived ones
     * included, of one therapist's caseload or of the whole clinic: a bulk export's batches, read by
     * keyset so that every batch costs the same however far the export has got.
     */
    List<Patient> batchAfter(Optional<ClinicianId> therapist, Optional<PatientId> after, int limit);

    boolean existsWithMrn(Mrn mrn, Optional<PatientId> except);

    /**
     * Inserts a new patient or updates a stored one, returning it with its new version.
     *
     * @throws org.backboard.core.shared.ConcurrentChangeException when the stored version differs
     * @throws DuplicateMrnException when another patient holds the MRN
     */
    Patient save(Patient patient);

    /**
     * The day by which the patient's care had certainly begun (the earliest onset of their
     * episodes, the last day of its month if only the month is known, or the start if earlier), if
     * they have episodes: a date of birth must not move past it.
     */
    Optional<LocalDate> earliestCareDate(PatientId id);

    /**
     * Patients whose record changed in [from, until), optionally only one therapist's, in the order
     * of that change (then id), a page at a time: what an API client's {@code Patient?_lastUpdated=} reads.
     */
    List<Patient> changedBetween(Optional<ClinicianId> therapist,
                                           Instant from, Instant until, int offset, int limit);
}
