package org.backboard.persistence.apiclient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientId;
import org.backboard.core.apiclient.ApiClientScope;
import org.backboard.core.clinician.ClinicianId;

@Entity
@Table(name = "api_client")
class ApiClientEntity {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "scope_therapist_id", updatable = false)
    private UUID scopeTherapistId;

    @Column(name = "secret_hash", nullable = false, updatable = false)
    private String secretHash;

    @Column(name = "registered_by", nullable = false, updatable = false)
    private UUID registeredBy;

    @Column(name = "registered_at", nullable = false, updatable = false)
    private Instant registeredAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private Long version;

    protected ApiClientEntity() {
    }

    static ApiClientEntity from(ApiClient client) {
        ApiClientEntity entity = new ApiClientEntity();
        entity.id = client.id().value();
        entity.name = client.name();
        entity.scopeTherapistId = client.scope() instanceof ApiClientScope.Caseload(ClinicianId therapist)
                ? therapist.value() : null;
        entity.secretHash = client.secretHash();
        entity.registeredBy = client.registeredBy().value();
        entity.registeredAt = client.registeredAt();
        entity.expiresAt = client.expiresAt();
        entity.revokedAt = client.revokedAt().orElse(null);
        return entity;
    }

    /** A stored client as the caller read it, version included, for a merge that checks it. */
    static ApiClientEntity stored(ApiClient client) {
        ApiClientEntity entity = from(client);
        entity.version = client.version();
        return entity;
    }

    ApiClient toDomain() {
        ApiClientScope scope = scopeTherapistId == null ? new ApiClientScope.WholeClinic()
                : new ApiClientScope.Caseload(new ClinicianId(scopeTherapistId));
        return new ApiClient(new ApiClientId(id), name, scope, secretHash, new ClinicianId(registeredBy), registeredAt,
                expiresAt, Optional.ofNullable(revokedAt), version);
    }
}
