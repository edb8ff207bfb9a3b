package org.backboard.core.clinician;

import java.util.Objects;
import java.util.Optional;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.shared.Texts;

/**
 * A user of Backboard. The password hash is opaque here: hashing belongs to the application. The
 * email address is optional and only ever used to tell the clinician that something waits for them
 * in Backboard, so it must be an address mail can go to ({@link MailAddress}).
 */
public record Clinician(
        ClinicianId id,
        Username username,
        String displayName,
        String passwordHash,
        Role role,
        boolean active,
        Optional<MailAddress> email,
        long version) {

    public Clinician {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "password hash");
        Objects.requireNonNull(email, "email (empty for none)");
        if (!Texts.present(displayName, 100)) {
            throw new IllegalArgumentException("A display name of 1-100 characters is required");
        }
    }

    /** A new, active clinician without an email address. */
    public static Clinician create(Username username, String displayName, String passwordHash, Role role) {
        return create(username, displayName, passwordHash, role, Optional.empty());
    }

    /** A new, active clinician. */
    public static Clinician create(Username username, String displayName, String passwordHash, Role role,
                                   Optional<MailAddress> email) {
        return new Clinician(ClinicianId.newId(), username, Texts.strip(displayName), passwordHash, role, true, email,
                0);
    }

    public Clinician withPasswordHash(String newHash) {
        return new Clinician(id, username, displayName, newHash, role, active, email, version);
    }

    public Clinician withRole(Role newRole) {
        return new Clinician(id, username, displayName, passwordHash, newRole, active, email, version);
    }

    /** The address mail for this clinician goes to; empty: they get no mail. */
    public Clinician withEmail(Optional<MailAddress> newEmail) {
        return new Clinician(id, username, displayName, passwordHash, role, active, newEmail, version);
    }

    /** Clinicians with history are never deleted, only deactivated: they can no longer sign in. */
    public Clinician deactivated() {
        return new Clinician(id, username, displayName, passwordHash, role, false, email, version);
    }

    public Clinician reactivated() {
        return new Clinician(id, username, displayName, passwordHash, role, true, email, version);
    }

    public boolean isActiveLead() {
        return active && role == Role.LEAD;
    }
}
