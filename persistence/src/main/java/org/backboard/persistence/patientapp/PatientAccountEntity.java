package org.backboard.persistence.patientapp;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.AccountState;
import org.backboard.core.patientapp.PatientAccount;
import org.backboard.core.patientapp.SignInName;
import org.backboard.persistence.VersionedRow;

/** A patient's app account; keyed by the patient, as there is one per patient. */
@Entity
@Table(name = "patient_account")
@AttributeOverride(name = "id", column = @Column(name = "patient_id"))
class PatientAccountEntity extends VersionedRow {

    @Column(name = "sign_in_name", nullable = false)
    private String signInName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountState state;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    // kept by PatientAccountStore.seen, outside the aggregate's version
    @Column(name = "last_seen_at", insertable = false, updatable = false)
    private Instant lastSeenAt;

    protected PatientAccountEntity() {
    }

    static PatientAccountEntity from(PatientAccount account, boolean stored) {
        PatientAccountEntity entity = new PatientAccountEntity();
        entity.identify(account.patient().value(), account.version(), stored);
        entity.signInName = account.name().value();
        entity.passwordHash = account.passwordHash();
        entity.state = account.state();
        entity.createdAt = account.createdAt();
        entity.closedAt = account.closedAt().orElse(null);
        return entity;
    }

    PatientAccount toDomain() {
        return new PatientAccount(new PatientId(id()), new SignInName(signInName), passwordHash, state, createdAt,
                Optional.ofNullable(closedAt), Optional.ofNullable(lastSeenAt), version());
    }
}
