package org.backboard.core.bulkexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.mail.Lease;
import org.backboard.core.patient.PatientId;

/** Port: the export jobs and the parts of their files, shared by every node. */
public interface ExportJobs {

    void add(ExportJob job);

    Optional<ExportJob> find(ExportJobId id);

    /** The job's files by type, in the order of {@link ExportType}: types it wrote no resource of are absent. */
    List<ExportFile> files(ExportJobId id);

    /**
     * Writes the type's file to {@code out}, its parts unzipped one after the other, reading one part
     * at a time; false (and nothing written) when the job has no such file.
     */
    boolean writeFile(ExportJobId id, ExportType type, OutputStream out) throws IOException;

    /** Deletes the job and its files; false when there was none. A runner holding it loses its lease. */
    boolean delete(ExportJobId id);

    /** Deletes the finished jobs whose files expired by {@code now}, with their files; how many. */
    int deleteExpired(Instant now);

    /** How many unfinished jobs the client has (queued or running); holds the client until the transaction ends. */
    int unfinished(ApiClientId owner);

    /**
     * Takes the oldest unfinished job that no runner holds (never held, or its lease ran out), in a
     * transaction of its own committed on return, so the lease holds before any batch.
     */
    Optional<ClaimedExport> claimNext(Instant now, Lease lease);

    /**
     * In the caller's transaction: stores the batch's parts, moves the job past {@code last} with
     * {@code patients} more exported, and renews the lease to {@code renewed}; false (and nothing
     * stored) when the claim no longer holds the job (its lease ran out, or it was cancelled).
     */
    boolean recordBatch(ClaimedExport claim, PatientId last, int patients, List<EncodedPart> parts, Lease renewed);

    /** Marks the held job COMPLETED, or FAILED with its reason; false when the claim no longer holds it. */
    boolean finish(ClaimedExport claim, Optional<String> failure, Instant at, Instant expiresAt);

    /** Counts a failed batch on the held job; the number of failures so far (0 when the claim no longer holds it). */
    int countFailure(ClaimedExport claim);

    /** Hands the held job back for the next run to resume. */
    void release(ClaimedExport claim);
}
