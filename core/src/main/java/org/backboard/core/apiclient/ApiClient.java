package org.backboard.core.apiclient;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.shared.Texts;

/**
 * A system a lead lets read the API. Never deleted: a revoked or expired client stays listed, and
 * the audit trail keeps naming it. Its secret is kept only as a one-way hash.
 */
public record ApiClient(
        ApiClientId id,
        String name,
        ApiClientScope scope,
        String secretHash,
        ClinicianId registeredBy,
        Instant registeredAt,
        Instant expiresAt,
        Optional<Instant> revokedAt,
        long version) {

    public static final int NAME_MAX = 80;

    public ApiClient {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(secretHash, "secret hash");
        Objects.requireNonNull(registeredBy, "registered by");
        Objects.requireNonNull(registeredAt, "registered at");
        Objects.requireNonNull(expiresAt, "expires at");
        Objects.requireNonNull(revokedAt, "revoked at");
        if (!Texts.present(name, NAME_MAX)) {
            throw new IllegalArgumentException("an API client has a name of at most " + NAME_MAX + " characters");
        }
        if (!expiresAt.isAfter(registeredAt)) {
            throw new IllegalArgumentException("an API client expires after it is registered");
        }
    }

    public ApiClientState state(Instant now) {
        if (revokedAt.isPresent()) {
            return ApiClientState.REVOKED;
        }
        return now.isBefore(expiresAt) ? ApiClientState.ACTIVE : ApiClientState.EXPIRED;
    }

    public boolean isActive(Instant now) {
        return state(now) == ApiClientState.ACTIVE;
    }

    /** Without the secret's hash: a record's own toString would print it into any log that names a client. */
    @Override
    public String toString() {
        return "ApiClient[" + id + ", " + scope + ", v" + version + "]";
    }

    /** Revoked at once; revoking again keeps the first moment. */
    public ApiClient revoke(Instant now) {
        return revokedAt.isPresent() ? this
                : new ApiClient(id, name, scope, secretHash, registeredBy, registeredAt, expiresAt, Optional.of(now),
                        version);
    }
}
