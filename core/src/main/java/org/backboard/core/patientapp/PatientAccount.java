package org.backboard.core.patientapp;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.backboard.core.patient.PatientId;

/** A patient's sign-in to their own app: one per patient, made by accepting an invitation, never deleted. */
public record PatientAccount(
        PatientId patient,
        SignInName name,
        String passwordHash,
        AccountState state,
        Instant createdAt,
        Optional<Instant> closedAt,
        Optional<Instant> lastSeenAt,
        long version) {

    public PatientAccount {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "password hash");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "created at");
        if ((state == AccountState.ACTIVE) != closedAt.isEmpty()) {
            throw new IllegalArgumentException("an account is closed exactly when it is not active");
        }
    }

    public static PatientAccount open(PatientId patient, SignInName name, String passwordHash, Instant now) {
        return new PatientAccount(patient, name, passwordHash, AccountState.ACTIVE, now, Optional.empty(),
                Optional.empty(), 0);
    }

    public boolean isActive() {
        return state == AccountState.ACTIVE;
    }

    public PatientAccount revoke(Instant now) {
        return new PatientAccount(patient, name, passwordHash, AccountState.REVOKED, createdAt, Optional.of(now),
                lastSeenAt, version);
    }

    /** A new invitation accepted after access ended: a new name and password, the same patient. */
    public PatientAccount reopen(SignInName newName, String newPasswordHash) {
        return new PatientAccount(patient, newName, newPasswordHash, AccountState.ACTIVE, createdAt, Optional.empty(),
                lastSeenAt, version);
    }
}
