package org.backboard.core.bulkexport;

import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.care.CareAccess;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;

/**
 * The use cases of FHIR Bulk Data export for API clients: kick-off, status, download and
 * cancellation. The client is checked as it stands now on every call (revoked or expired: refused),
 * through {@link CareAccess#clientScope}. A whole-clinic client may export the clinic or any
 * therapist's caseload; a caseload client only its own therapist's. A job is its client's alone:
 * another client's job looks exactly like one that does not exist.
 */
public class BulkExportService {

    /** Unfinished jobs a client may have at once: an export reads the whole scope, so a few suffice. */
    public static final int UNFINISHED_PER_CLIENT = 3;

    private final ExportJobs jobs;
    private final CareAccess care;
    private final Clinicians clinicians;
    private final ExportAudit audit;
    private final Clock clock;

    public BulkExportService(ExportJobs jobs, CareAccess care, Clinicians clinicians, ExportAudit audit, Clock clock) {
        this.jobs = jobs;
        this.care = care;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Queues an export of {@code scope} with the request's own parameters as sent. NotFound for a
     * group that does not exist or lies outside the client's scope; Rejected for a bad parameter;
     * Conflict when the client has {@link #UNFINISHED_PER_CLIENT} unfinished jobs already.
     *
     * @throws NotPermittedException when the client is revoked or expired, or a caseload client asks
     *                               for the whole clinic
     */
    @Transactional
    public Result<ExportJob> kickOff(ApiClientActor client, ExportScope scope, Optional<String> type,
                                     Optional<String> since, Optional<String> outputFormat, String requestUrl) {
        ApiClientScope allowed = care.clientScope(client);
        if (!scope.within(allowed) && scope instanceof ExportScope.WholeClinic) {
            throw new NotPermittedException("a caseload client exports its therapist's group, not the whole clinic");
        }
        boolean unknownTherapist = scope.therapist().filter(id -> clinicians.findSummary(id).isEmpty()).isPresent();
        if (!scope.within(allowed) || unknownTherapist) {
            return new Result.NotFound<>();
        }
        if (requestUrl.length() > ExportJob.REQUEST_URL_MAX) {
            return Result.rejected("request", "The kick-off URL is longer than " + ExportJob.REQUEST_URL_MAX
                    + " characters.");
        }
        Result<ExportRequest> request = ExportRequest.of(scope, type, since, outputFormat);
        if (!(request instanceof Result.Saved<ExportRequest>(ExportRequest asked))) {
            return request instanceof Result.Rejected<ExportRequest>(var problems)
                    ? new Result.Rejected<>(problems) : new Result.NotFound<>();
        }
        if (jobs.unfinished(client.id()) >= UNFINISHED_PER_CLIENT) {
            return new Result.Conflict<>("This client has " + UNFINISHED_PER_CLIENT
                    + " exports in progress; wait for one to finish or cancel one.");
        }
        ExportJob job = ExportJob.queued(client.id(), asked, requestUrl, clock.instant());
        jobs.add(job);
        audit.onJob(job, AuditAction.BULK_EXPORT_STARTED, clock.instant(), typeNames(job));
        return new Result.Saved<>(job);
    }

    /** The job's status, with its files once completed; empty for another client's job or none. */
    @Transactional
    public Optional<ExportStatus> status(ApiClientActor client, ExportJobId id) {
        return ownJob(client, id).map(job -> new ExportStatus(job,
                job.state() == ExportState.COMPLETED ? jobs.files(id) : List.of()));
    }

    /**
     * Writes one file of the client's completed job to the sink, audited as a download; false (and
     * the sink never begun) when there is no such job or file for this client.
     */
    public boolean download(ApiClientActor client, ExportJobId id, ExportType type, FileSink sink) throws IOException {
        Optional<ExportJob> job = ownJob(client, id).filter(found -> found.state() == ExportState.COMPLETED);
        if (job.isEmpty() || jobs.files(id).stream().noneMatch(file -> file.type() == type)) {
            return false;
        }
        audit.downloading(job.get(), type, clock.instant());
        return jobs.writeFile(id, type, sink.begin());
    }

    /** Cancels the client's job, or deletes a finished one with its files; false when there is none. */
    @Transactional
    public boolean cancel(ApiClientActor client, ExportJobId id) {
        Optional<ExportJob> job = ownJob(client, id);
        if (job.isEmpty() || !jobs.delete(id)) {
            return false;
        }
        audit.onJob(job.get(), AuditAction.BULK_EXPORT_CANCELLED, clock.instant(), List.of(job.get().state().name()));
        return true;
    }

    /** The client's own job, still within the client's scope as it stands now. */
    private Optional<ExportJob> ownJob(ApiClientActor client, ExportJobId id) {
        ApiClientScope allowed = care.clientScope(client);
        return jobs.find(id)
                .filter(job -> job.ownedBy(client.id()))
                .filter(job -> job.request().scope().within(allowed));
    }

    private static List<String> typeNames(ExportJob job) {
        return job.request().types().stream().sorted().map(ExportType::fhirName).toList();
    }
}
