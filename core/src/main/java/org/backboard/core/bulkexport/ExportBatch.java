package org.backboard.core.bulkexport;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.care.CareAccess;
import org.backboard.core.care.CareRecord;
import org.backboard.core.care.CareRecordBatches;
import org.backboard.core.mail.Lease;
import org.backboard.core.patient.PatientId;
import org.backboard.core.shared.NotPermittedException;

/**
 * One batch of a held job, in one transaction: the next patients' records are read, encoded, stored
 * as parts, audited patient by patient with the client as the actor, and the job moves past them.
 * Either all of that commits or none of it, so a stop mid-batch leaves nothing half-written and the
 * batch is simply done again by whoever resumes the job.
 */
public class ExportBatch {

    /** How long a claim holds a job without a batch recorded: far longer than a batch takes. */
    public static final Duration LEASE = Duration.ofMinutes(2);

    private final CareAccess care;
    private final CareRecordBatches records;
    private final ExportEncoder encoder;
    private final ExportJobs jobs;
    private final ExportAudit audit;
    private final int patientsPerBatch;
    private final Clock clock;

    public ExportBatch(CareAccess care, CareRecordBatches records, ExportEncoder encoder, ExportJobs jobs, ExportAudit audit,
                       int patientsPerBatch, Clock clock) {
        if (patientsPerBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one patient");
        }
        this.care = care;
        this.records = records;
        this.encoder = encoder;
        this.jobs = jobs;
        this.audit = audit;
        this.patientsPerBatch = patientsPerBatch;
        this.clock = clock;
    }

    /** What became of one batch. */
    public sealed interface Outcome {
        /** A batch was recorded; the claim now stands after it. */
        record Recorded(ClaimedExport claim, int patients) implements Outcome { }

        /** No patient is left: the job can be finished. */
        record NothingLeft() implements Outcome { }

        /** The claim no longer holds the job (cancelled, or its lease ran out): nothing was stored. */
        record LeaseLost() implements Outcome { }

        /** The client that asked is revoked or expired, or its scope no longer covers the job: the job fails. */
        record ClientRefused() implements Outcome { }
    }

    @Transactional
    public Outcome next(ClaimedExport claim) {
        ExportJob job = claim.job();
        if (!clientMayStillExport(job)) {
            return new Outcome.ClientRefused();
        }
        List<CareRecord> batch = records.next(job.request().scope().therapist(), claim.after(), patientsPerBatch);
        if (batch.isEmpty()) {
            return new Outcome.NothingLeft();
        }
        List<EncodedPart> parts = encoder.encode(batch, job.request(), LocalDate.now(clock));
        Instant now = clock.instant();
        Lease renewed = new Lease(claim.lease().token(), now.plus(LEASE));
        PatientId last = batch.getLast().patient().id();
        if (!jobs.recordBatch(claim, last, batch.size(), parts, renewed)) {
            return new Outcome.LeaseLost();
        }
        audit.exported(job, batch.stream().map(record -> record.patient().id()).toList(), now);
        return new Outcome.Recorded(claim.advancedTo(last, renewed), batch.size());
    }

    /** The client as it stands now: a job does not outlive its client's revocation or expiry. */
    private boolean clientMayStillExport(ExportJob job) {
        try {
            return job.request().scope().within(care.clientScope(new ApiClientActor(job.owner())));
        } catch (NotPermittedException e) {
            return false;
        }
    }

    /** Starts a claim's lease now. */
    static Lease leaseFrom(Instant now) {
        return Lease.startingAt(now, LEASE);
    }
}
