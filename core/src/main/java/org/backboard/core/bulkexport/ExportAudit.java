package org.backboard.core.bulkexport;

import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.patient.PatientId;

/**
 * The audit of a bulk export, with the API client that kicked it off as the actor. One row per
 * patient exported, written with the batch that exported them (in its transaction, through COPY
 * where the trail supports it): a patient's trail shows every export their record left in, and by
 * whom, exactly as it shows every opening of their page. One row per job would leave a patient's
 * trail silent about it, and a list of patients on one row would not be searchable by patient. The
 * fields name the resource types written, never data.
 * <p>
 * Kick-off, download and cancellation are audited once each, across the job's scope.
 */
public class ExportAudit {

    private final AuditTrail trail;

    public ExportAudit(AuditTrail trail) {
        this.trail = trail;
    }

    public void exported(ExportJob job, List<PatientId> patients, Instant at) {
        List<String> types = job.request().types().stream().sorted().map(ExportType::fhirName).toList();
        trail.recordAll(patients.stream()
                .map(patient -> AuditEvent.byApiClient(at, job.owner().value(), AuditAction.RECORD_BULK_EXPORTED,
                        Optional.of(patient.value()), "bulk_export", job.id().toString(), types))
                .toList());
    }

    /**
     * A download, committed on its own before the first byte leaves: a download cut off half-way
     * has still been audited.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void downloading(ExportJob job, ExportType type, Instant at) {
        onJob(job, AuditAction.BULK_EXPORT_DOWNLOADED, at, List.of(type.fhirName()));
    }

    /** Kick-off or cancellation, in the caller's transaction: across the job's scope, with no patient. */
    public void onJob(ExportJob job, AuditAction action, Instant at, List<String> fields) {
        trail.record(AuditEvent.byApiClient(at, job.owner().value(), action, Optional.empty(), "bulk_export",
                job.id().toString(), fields));
    }
}
