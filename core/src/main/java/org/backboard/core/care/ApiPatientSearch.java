package org.backboard.core.care;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;

/**
 * An API client's search of patients by the time their record changed, within its scope as it
 * stands now. Every patient returned is audited as read, with the client as the actor.
 */
public class ApiPatientSearch {

    /** The widest page a client gets; it pages on for more. */
    public static final int MAX_PAGE = 500;
    /** The bounds of an open range: before and after anything Backboard stores. */
    public static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final Patients patients;
    private final CareAccess care;
    private final AuditTrail audit;
    private final Clock clock;

    public ApiPatientSearch(Patients patients, CareAccess care, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.care = care;
        this.audit = audit;
        this.clock = clock;
    }

    /** Patients changed in [from, until), in the order of that change; {@code limit} at most {@link #MAX_PAGE}. */
    @Transactional
    public List<Patient> changedBetween(ApiClientActor client, Optional<Instant> from, Optional<Instant> until,
                                        int offset, int limit) {
        ApiClientScope scope = care.clientScope(client);
        Optional<ClinicianId> caseload = scope instanceof ApiClientScope.Caseload(ClinicianId therapist)
                ? Optional.of(therapist) : Optional.empty();
        List<Patient> found = patients.changedBetween(caseload, from.orElse(EARLIEST), until.orElse(LATEST),
                Math.max(0, offset), Math.clamp(limit, 1, MAX_PAGE));
        Instant now = clock.instant();
        audit.recordAll(found.stream().map(patient -> AuditEvent.byApiClient(now, client.id().value(),
                AuditAction.API_RECORD_READ, Optional.of(patient.id().value()), "patient",
                patient.id().value().toString(), List.of("Patient search"))).toList());
        return found;
    }
}
