package org.backboard.core.patientapp;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;

/**
 * A one-time invitation to the patient's app. Only hashes of its link token and short code are
 * kept; it works once, until it expires, unless revoked, and a few wrong dates of birth close it.
 */
public record Invitation(
        UUID id,
        PatientId patient,
        String tokenHash,
        String codeHash,
        ClinicianId invitedBy,
        Instant createdAt,
        Instant expiresAt,
        Optional<Instant> usedAt,
        Optional<Instant> revokedAt,
        int wrongBirthDates) {

    /** Wrong dates of birth an invitation survives; the next one closes it. */
    public static final int MAX_WRONG_BIRTH_DATES = 5;

    public Invitation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(tokenHash, "token hash");
        Objects.requireNonNull(codeHash, "code hash");
        Objects.requireNonNull(invitedBy, "invited by");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invitation expires after it is made");
        }
    }

    /** Neither used nor revoked (it may have expired). */
    public boolean isOpen() {
        return usedAt.isEmpty() && revokedAt.isEmpty();
    }

    public boolean isUsable(Instant now) {
        return isOpen() && now.isBefore(expiresAt);
    }

    public Invitation use(Instant now) {
        return new Invitation(id, patient, tokenHash, codeHash, invitedBy, createdAt, expiresAt, Optional.of(now),
                revokedAt, wrongBirthDates);
    }

    public Invitation revoke(Instant now) {
        return new Invitation(id, patient, tokenHash, codeHash, invitedBy, createdAt, expiresAt, usedAt,
                Optional.of(now), wrongBirthDates);
    }

    /** Counts a wrong date of birth; the last allowed one closes the invitation. */
    public Invitation wrongBirthDate(Instant now) {
        int wrong = wrongBirthDates + 1;
        return new Invitation(id, patient, tokenHash, codeHash, invitedBy, createdAt, expiresAt, usedAt,
                wrong >= MAX_WRONG_BIRTH_DATES ? Optional.of(now) : revokedAt, wrong);
    }
}
