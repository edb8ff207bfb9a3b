package org.backboard.core.patientapp;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.backboard.core.patient.PatientId;

/** Port: patients' daily reminders. */
public interface Reminders {

    /** A reminder due now, with the address it goes to. */
    record Due(PatientId patient, String email) { }

    Optional<LocalTime> timeFor(PatientId patient);

    /**
     * Sets (or moves) the daily time. {@code sentOn}: today when the time has passed already, so the
     * first reminder comes tomorrow; empty when it is still ahead today, which sends today.
     */
    void set(PatientId patient, LocalTime at, Optional<LocalDate> sentOn);

    void stop(PatientId patient);

    /** Stops the reminder whose mail carried this link, once; empty when no reminder has it. */
    Optional<PatientId> stopByLink(String stopHash);

    /**
     * Locks the reminders due by {@code now} and not sent today, of patients whose app access is
     * active and who have an email address; another node skips the locked ones.
     */
    List<Due> claimDue(LocalDate today, LocalTime now, int limit);

    /** Marks today's reminder sent, with the hash of the stop link its mail carries. */
    void sent(PatientId patient, LocalDate today, String stopHash);
}
