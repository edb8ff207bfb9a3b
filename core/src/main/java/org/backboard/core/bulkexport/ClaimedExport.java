package org.backboard.core.bulkexport;

import java.util.Objects;
import java.util.Optional;
import org.backboard.core.mail.Lease;
import org.backboard.core.patient.PatientId;

/**
 * A job a runner holds: until the lease ends no other runner takes it. {@code after} is the last
 * patient exported so far (empty before the first batch); the next batch starts after it. The
 * lease's token fences every write, so a runner that outlived its lease writes nothing.
 */
public record ClaimedExport(ExportJob job, Optional<PatientId> after, Lease lease) {

    public ClaimedExport {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(lease, "lease");
    }

    /** The same claim once a batch up to {@code last} has been recorded and the lease renewed. */
    ClaimedExport advancedTo(PatientId last, Lease renewed) {
        return new ClaimedExport(job, Optional.of(last), renewed);
    }
}
