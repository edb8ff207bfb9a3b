package org.backboard.core.clinician;

import java.util.Objects;
import org.backboard.core.shared.Texts;

/** A user of Backboard. The password hash is opaque here: hashing belongs to the application. */
public record Clinician(
        ClinicianId id,
        Username username,
        String displayName,
        String passwordHash,
        Role role,
        boolean active,
        long version) {

    public Clinician {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "password hash");
        if (!Texts.present(displayName, 100)) {
            throw new IllegalArgumentException("A display name of 1-100 characters is required");
        }
    }

    /** A new, active clinician. */
    public static Clinician create(Username username, String displayName, String passwordHash, Role role) {
        return new Clinician(ClinicianId.newId(), username, Texts.strip(displayName), passwordHash, role, true, 0);
    }

    public Clinician withPasswordHash(String newHash) {
        return new Clinician(id, username, displayName, newHash, role, active, version);
    }

    public Clinician withRole(Role newRole) {
        return new Clinician(id, username, displayName, passwordHash, newRole, active, version);
    }

    /** Clinicians with history are never deleted, only deactivated: they can no longer sign in. */
    public Clinician deactivated() {
        return new Clinician(id, username, displayName, passwordHash, role, false, version);
    }

    public Clinician reactivated() {
        return new Clinician(id, username, displayName, passwordHash, role, true, version);
    }

    public boolean isActiveLead() {
        return active && role == Role.LEAD;
    }
}
