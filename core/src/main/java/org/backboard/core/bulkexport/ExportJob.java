package org.backboard.core.bulkexport;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClientId;

/**
 * A bulk export as stored: who asked ({@code owner}, the API client's id: only it may poll, download
 * or cancel), what was asked and under which URL, and how far it got. {@code transactionTime} is
 * when it was kicked off: the manifest's transactionTime.
 */
public record ExportJob(ExportJobId id, ApiClientId owner, ExportRequest request, String requestUrl, ExportState state,
                        Instant transactionTime, int patientsExported, Optional<String> failure,
                        Optional<Instant> finishedAt, Optional<Instant> expiresAt) {

    /** The longest kick-off URL kept (the manifest repeats it); a longer one is refused at kick-off. */
    public static final int REQUEST_URL_MAX = 2000;

    public ExportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(requestUrl, "request URL");
        if (requestUrl.length() > REQUEST_URL_MAX) {
            throw new IllegalArgumentException("a kick-off URL is kept up to " + REQUEST_URL_MAX + " characters");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(transactionTime, "transaction time");
        if (patientsExported < 0) {
            throw new IllegalArgumentException("patients exported cannot be negative");
        }
        if (state.finished() != (finishedAt.isPresent() && expiresAt.isPresent())) {
            throw new IllegalArgumentException("a finished job, and only one, has its finish and expiry");
        }
        if ((state == ExportState.FAILED) != failure.isPresent()) {
            throw new IllegalArgumentException("a failed job, and only one, has a reason");
        }
    }

    /** A job just kicked off, waiting for a runner. */
    public static ExportJob queued(ApiClientId owner, ExportRequest request, String requestUrl, Instant now) {
        return new ExportJob(ExportJobId.newId(), owner, request, requestUrl, ExportState.QUEUED, now, 0,
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean ownedBy(ApiClientId client) {
        return owner.equals(client);
    }

    /** Finished jobs are kept, files and all, for {@code retention} after they finished; then deleted. */
    public static Instant expiry(Instant finishedAt, Duration retention) {
        return finishedAt.plus(retention);
    }
}
