package org.backboard.core.patientapp;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Where a patient stands with their app, as the patient page shows it. */
public record AppAccess(Kind kind, Optional<Instant> at) {

    public enum Kind {
        NOT_INVITED,
        /** {@code at}: when the invitation expires. */
        INVITED,
        /** {@code at}: when it expired, unused. */
        INVITATION_EXPIRED,
        /** {@code at}: the latest sign-in, if any. */
        ACTIVE,
        /** {@code at}: when a therapist revoked access. */
        REVOKED,
        /** {@code at}: when care ended (discharge or archive). */
        ENDED
    }

    public AppAccess {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }

    /** An open invitation newer than the account's closing stands for the patient; otherwise the account does. */
    public static AppAccess of(Optional<PatientAccount> account, Optional<Invitation> latest, Instant now) {
        Optional<Invitation> open = latest.filter(Invitation::isOpen)
                .filter(invitation -> account.map(a -> !a.isActive()).orElse(true));
        if (open.isPresent()) {
            Invitation invitation = open.get();
            return invitation.isUsable(now)
                    ? new AppAccess(Kind.INVITED, Optional.of(invitation.expiresAt()))
                    : new AppAccess(Kind.INVITATION_EXPIRED, Optional.of(invitation.expiresAt()));
        }
        if (account.isPresent()) {
            PatientAccount stored = account.get();
            return switch (stored.state()) {
                case ACTIVE -> new AppAccess(Kind.ACTIVE, stored.lastSeenAt());
                case REVOKED -> new AppAccess(Kind.REVOKED, stored.closedAt());
                case ENDED -> new AppAccess(Kind.ENDED, stored.closedAt());
            };
        }
        return latest.flatMap(Invitation::revokedAt).map(at -> new AppAccess(Kind.REVOKED, Optional.of(at)))
                .orElse(new AppAccess(Kind.NOT_INVITED, Optional.empty()));
    }

    public boolean hasAccess() {
        return kind == Kind.ACTIVE;
    }

    /** An invitation or an account that a therapist can revoke. */
    public boolean isRevocable() {
        return kind == Kind.ACTIVE || kind == Kind.INVITED;
    }
}
