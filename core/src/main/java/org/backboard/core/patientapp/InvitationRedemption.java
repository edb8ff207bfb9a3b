package org.backboard.core.patientapp;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.PasswordPolicy;
import org.backboard.core.episode.Episodes;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.Patients;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.signin.SignInGuard;

/**
 * A patient accepts an invitation and chooses how they sign in. Unknown, expired, used and revoked
 * invitations and a wrong date of birth all get the same answer, so nothing tells an attacker which
 * part was wrong; attempts are throttled per client like sign-ins, and wrong dates of birth close
 * the invitation after a few.
 */
public class InvitationRedemption {

    public static final String UNUSABLE = "This invitation cannot be used. Check the code and your date of birth, "
            + "or ask your therapist for a new invitation.";
    static final String NAME_TAKEN = "This name is taken: choose another";

    private final Invitations invitations;
    private final PatientAccounts accounts;
    private final Patients patients;
    private final Episodes episodes;
    private final PasswordHasher hasher;
    private final SignInGuard guard;
    private final AuditTrail audit;
    private final Clock clock;

    public InvitationRedemption(Invitations invitations, PatientAccounts accounts, Patients patients,
                                Episodes episodes, PasswordHasher hasher, SignInGuard guard, AuditTrail audit,
                                Clock clock) {
        this.invitations = invitations;
        this.accounts = accounts;
        this.patients = patients;
        this.episodes = episodes;
        this.hasher = hasher;
        this.guard = guard;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Whether the link's token belongs to an invitation that can still be used (the page then asks
     * only for the date of birth and the sign-in). Not counted: a token cannot be guessed.
     */
    @Transactional
    public boolean isOpen(String token) {
        return InvitationSecrets.isTokenShaped(token)
                && invitations.byTokenHash(InvitationSecrets.hash(token)).filter(i -> i.isUsable(clock.instant()))
                .isPresent();
    }

    /** {@code client} identifies the caller for throttling (their network address), never stored with a patient. */
    @Transactional
    public Result<PatientId> redeem(String client, Redemption typed) {
        Instant now = clock.instant();
        String throttle = "invitation@" + client;
        if (guard.attempt(throttle, Optional.empty())) {
            return Result.rejected("code", UNUSABLE);
        }
        Optional<Invitation> found = find(typed).filter(invitation -> invitation.isUsable(now));
        Optional<Patient> patient = found.flatMap(invitation -> patients.find(invitation.patient()))
                .filter(p -> !p.isArchived());
        if (patient.isEmpty() || !hasOpenEpisode(patient.get().id())) {
            guard.failed(throttle, Optional.empty());
            return Result.rejected("code", UNUSABLE);
        }
        Invitation invitation = found.get();
        if (!patient.get().details().dateOfBirth().equals(typed.birthDate())) {
            invitations.update(invitation.wrongBirthDate(now));
            guard.failed(throttle, Optional.empty());
            audit.record(AuditEvent.byPatient(now, invitation.patient().value(), AuditAction.APP_INVITATION_REFUSED,
                    "patient_invitation", invitation.id().toString(), List.of("birthDate")));
            return Result.rejected("code", UNUSABLE);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Optional<SignInName> name = SignInName.parse(typed.name());
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", SignInName.RULE));
        } else if (accounts.byName(name.get()).filter(a -> !a.patient().equals(invitation.patient())).isPresent()) {
            problems.add(new FieldProblem("name", NAME_TAKEN));
        }
        PasswordPolicy.problem(name.map(SignInName::value).orElse(""), typed.password())
                .ifPresent(message -> problems.add(new FieldProblem("password", message)));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        String hash = hasher.hash(typed.password());
        accounts.save(accounts.forPatient(invitation.patient())
                .map(closed -> closed.reopen(name.get(), hash))
                .orElseGet(() -> PatientAccount.open(invitation.patient(), name.get(), hash, now)));
        invitations.update(invitation.use(now));
        guard.unlock(throttle);
        audit.record(AuditEvent.byPatient(now, invitation.patient().value(), AuditAction.APP_ACCOUNT_OPENED,
                "patient_account", invitation.patient().value().toString(), List.of()));
        return new Result.Saved<>(invitation.patient());
    }

    private Optional<Invitation> find(Redemption typed) {
        if (InvitationSecrets.isTokenShaped(typed.token())) {
            return invitations.byTokenHash(InvitationSecrets.hash(typed.token()));
        }
        return InvitationSecrets.normaliseCode(typed.code()).map(InvitationSecrets::hash)
                .flatMap(invitations::byCodeHash);
    }

    private boolean hasOpenEpisode(PatientId patient) {
        return episodes.forPatient(patient).stream().anyMatch(episode -> !episode.isDischarged());
    }
}
