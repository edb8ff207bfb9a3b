package org.backboard.core.audit;

import java.time.Instant;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;

/** Filters of the audit view (the patient by MRN); the time range is half-open [from, until). */
public record AuditQuery(
        Optional<ClinicianId> actor,
        Optional<String> patientMrn,
        Optional<AuditAction> action,
        Optional<Instant> from,
        Optional<Instant> until) {

    public static AuditQuery everything() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
