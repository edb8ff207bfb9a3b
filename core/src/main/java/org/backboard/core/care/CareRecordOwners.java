package org.backboard.core.care;

import java.util.Optional;
import java.util.UUID;
import org.backboard.core.patient.PatientId;

/**
 * Port: whose care record holds a record, by the record's own id (an episode, a check-in, a
 * questionnaire, a red flag, a program, or the patient themselves). Ids are random UUIDs, unique
 * across kinds, so one id names at most one record.
 */
public interface CareRecordOwners {

    Optional<PatientId> patientOf(UUID recordId);
}
