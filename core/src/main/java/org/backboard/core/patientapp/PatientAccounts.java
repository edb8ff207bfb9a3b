package org.backboard.core.patientapp;

import java.time.Instant;
import java.util.Optional;
import org.backboard.core.patient.PatientId;

/** Port: patients' app accounts. */
public interface PatientAccounts {

    Optional<PatientAccount> forPatient(PatientId patient);

    Optional<PatientAccount> byName(SignInName name);

    /** Adds or changes the account; a stale version is refused with a ConcurrentChangeException. */
    PatientAccount save(PatientAccount account);

    /** Notes the patient's latest visit (a sign-in), without touching the account's version. */
    void seen(PatientId patient, Instant at);
}
