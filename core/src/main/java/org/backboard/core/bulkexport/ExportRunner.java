package org.backboard.core.bulkexport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Works through export jobs, on every node: takes one job no runner holds, writes it batch by batch
 * (each batch renews the lease), and finishes it. A node that stops mid-job leaves its last committed
 * batch and a lease that runs out within {@link ExportBatch#LEASE}; the next run on any node then
 * resumes the job after that batch. Not transactional itself: each claim, batch and finish commits alone.
 * <p>
 * A batch that fails (a fault, not a lost lease) hands the job back; after {@link #MAX_FAILURES} the
 * job is FAILED with a reason the client sees, which names no patient.
 */
public class ExportRunner {

    static final int MAX_FAILURES = 3;

    private final ExportJobs jobs;
    private final ExportBatch batches;
    private final Duration retention;
    private final Clock clock;

    public ExportRunner(ExportJobs jobs, ExportBatch batches, Duration retention, Clock clock) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("finished exports are kept for some time");
        }
        this.jobs = jobs;
        this.batches = batches;
        this.retention = retention;
        this.clock = clock;
    }

    /** What one run did, for the log: ids and counts only. */
    public record RunReport(int expiredDeleted, Optional<ExportJobId> job, int patients, Optional<ExportState> ended,
                            boolean leaseLost) {

        static RunReport idle(int expired) {
            return new RunReport(expired, Optional.empty(), 0, Optional.empty(), false);
        }
    }

    /** Deletes expired exports, then works one job to its end (or until its lease is lost), if one waits. */
    public RunReport runDue() {
        Instant now = clock.instant();
        int expired = jobs.deleteExpired(now);
        Optional<ClaimedExport> claimed = jobs.claimNext(now, ExportBatch.leaseFrom(now));
        if (claimed.isEmpty()) {
            return RunReport.idle(expired);
        }
        ClaimedExport claim = claimed.get();
        ExportJobId id = claim.job().id();
        int patients = 0;
        while (!Thread.currentThread().isInterrupted()) {
            ExportBatch.Outcome outcome;
            try {
                outcome = batches.next(claim);
            } catch (RuntimeException e) {
                return new RunReport(expired, Optional.of(id), patients, failed(claim, e), false);
            }
            switch (outcome) {
                case ExportBatch.Outcome.Recorded recorded -> {
                    claim = recorded.claim();
                    patients += recorded.patients();
                }
                case ExportBatch.Outcome.ClientRefused refused -> {
                    Instant at = clock.instant();
                    boolean held = jobs.finish(claim, Optional.of("The API client that asked for this export was revoked"
                            + " or expired, or may no longer export this group."), at, ExportJob.expiry(at, retention));
                    return new RunReport(expired, Optional.of(id), patients,
                            held ? Optional.of(ExportState.FAILED) : Optional.empty(), !held);
                }
                case ExportBatch.Outcome.LeaseLost lost -> {
                    return new RunReport(expired, Optional.of(id), patients, Optional.empty(), true);
                }
                case ExportBatch.Outcome.NothingLeft done -> {
                    Instant at = clock.instant();
                    boolean held = jobs.finish(claim, Optional.empty(), at, ExportJob.expiry(at, retention));
                    return new RunReport(expired, Optional.of(id), patients,
                            held ? Optional.of(ExportState.COMPLETED) : Optional.empty(), !held);
                }
            }
        }
        // the node is stopping: the lease runs out and another run resumes after the last batch
        return new RunReport(expired, Optional.of(id), patients, Optional.empty(), false);
    }

    private Optional<ExportState> failed(ClaimedExport claim, RuntimeException e) {
        int failures = jobs.countFailure(claim);
        if (failures < MAX_FAILURES) {
            jobs.release(claim);
            return Optional.empty();
        }
        Instant at = clock.instant();
        // the reason goes to the client: the kind of fault only, never a message that could quote a record
        String reason = "The export stopped after " + failures + " failed attempts (" + e.getClass().getSimpleName()
                + "); kick off a new one.";
        return jobs.finish(claim, Optional.of(reason), at, ExportJob.expiry(at, retention))
                ? Optional.of(ExportState.FAILED) : Optional.empty();
    }
}
