package org.backboard.core.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Texts;

/** Filters of the audit view (the patient by MRN); the time range is half-open [from, until). */
public record AuditQuery(
        Optional<ClinicianId> actor,
        Optional<String> patientMrn,
        Optional<AuditAction> action,
        Optional<Instant> from,
        Optional<Instant> until) {

    /** The first day the audit trail can be searched from; Backboard keeps nothing older. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(2000, 1, 1);

    public AuditQuery {
        // a forged filter never reaches the database with text it cannot take
        patientMrn = patientMrn.map(mrn -> Texts.storable(mrn, Texts.Shape.LINE)).flatMap(Texts::trimToEmpty);
    }

    /** A filter day lies between {@link #EARLIEST_DAY} and a year from today. */
    public static Optional<String> dayProblem(LocalDate day, LocalDate today) {
        if (day != null && (day.isBefore(EARLIEST_DAY) || day.isAfter(today.plusYears(1)))) {
            return Optional.of("Choose a day from " + EARLIEST_DAY + " to " + today.plusYears(1));
        }
        return Optional.empty();
    }

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
