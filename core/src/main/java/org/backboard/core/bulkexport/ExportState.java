package org.backboard.core.bulkexport;

/**
 * Where a job stands. QUEUED until a runner first claims it; RUNNING while batches are written
 * (also while no node holds it, after a stop: the next claim resumes it); then COMPLETED with its
 * files, or FAILED with a reason. A cancelled job is deleted with its files, so it has no state.
 */
public enum ExportState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
