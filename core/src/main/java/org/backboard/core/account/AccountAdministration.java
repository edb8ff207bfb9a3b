package org.backboard.core.account;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.PasswordHasher;
import org.backboard.core.clinician.PasswordPolicy;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.signin.SignInGuard;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Texts;

/**
 * Clinic leads manage the clinicians' accounts. Accounts are never deleted (their history must
 * stay attributable), and the clinic always keeps at least one active lead.
 */
public class AccountAdministration {

    static final String LAST_LEAD = "The clinic needs at least one active lead: make someone else a lead first";
    static final String CONFLICT = "Someone else changed this account after you opened it. "
            + "Close this, then open it again to see their change.";

    private final Clinicians clinicians;
    private final PasswordHasher hasher;
    private final SignInGuard signIn;
    private final AuditTrail audit;
    private final Clock clock;

    public AccountAdministration(Clinicians clinicians, PasswordHasher hasher, SignInGuard signIn, AuditTrail audit,
                                 Clock clock) {
        this.clinicians = clinicians;
        this.hasher = hasher;
        this.signIn = signIn;
        this.audit = audit;
        this.clock = clock;
    }

    public List<AccountRow> accounts(Actor actor) {
        requireLead(actor);
        return clinicians.all().stream().map(AccountRow::of).toList();
    }

    /** A new account; the email address is optional (blank: none). */
    @Transactional
    public Result<ClinicianId> create(Actor actor, String rawUsername, String displayName, Role role, String rawPassword,
                                      String rawEmail) {
        requireLead(actor);
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Username> username = Username.parse(rawUsername);
        if (username.isEmpty()) {
            problems.add(new FieldProblem("username", Username.problem(null).orElseThrow()));
        } else if (clinicians.findByUsername(username.get()).isPresent()) {
            problems.add(new FieldProblem("username", "This user name is taken"));
        }
        if (Texts.isBlank(displayName)) {
            problems.add(new FieldProblem("displayName", "A name of 1-100 characters is required"));
        } else {
            Texts.problem(displayName, Texts.Shape.LINE, 100, "A name of 1-100 characters is required")
                    .ifPresent(message -> problems.add(new FieldProblem("displayName", message)));
        }
        if (role == null) {
            problems.add(new FieldProblem("role", "Choose a role"));
        }
        username.flatMap(name -> PasswordPolicy.problem(name, rawPassword))
                .ifPresent(message -> problems.add(new FieldProblem("password", message)));
        emailProblem(rawEmail).ifPresent(message -> problems.add(new FieldProblem("email", message)));
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        Optional<MailAddress> email = email(rawEmail);
        Clinician created = Clinician.create(username.get(), displayName, hasher.hash(rawPassword), role, email);
        clinicians.add(created);
        List<String> fields = new ArrayList<>(List.of("username", "displayName", "role"));
        email.ifPresent(address -> fields.add("email"));
        record(actor, AuditAction.CLINICIAN_CREATED, created.id(), fields);
        return new Result.Saved<>(created.id());
    }

    /**
     * Sets or (blank) removes the address where the clinician is told of red flags their patients
     * raise. Checked against the version the lead saw: a change made since is a conflict.
     */
    @Transactional
    public Result<ClinicianId> changeEmail(Actor actor, ClinicianId id, long loadedVersion, String rawEmail) {
        requireLead(actor);
        Optional<Clinician> current = clinicians.findById(id);
        if (current.isEmpty()) {
            return new Result.NotFound<>();
        }
        if (current.get().version() != loadedVersion) {
            return new Result.Conflict<>(CONFLICT);
        }
        Optional<String> problem = emailProblem(rawEmail);
        if (problem.isPresent()) {
            return Result.rejected("email", problem.get());
        }
        Clinician changed = current.get().withEmail(email(rawEmail));
        if (!changed.equals(current.get())) {
            clinicians.update(changed);
            record(actor, AuditAction.CLINICIAN_EMAIL_CHANGED, id, List.of("email"));
        }
        return new Result.Saved<>(id);
    }

    /** Blank is no address; anything else must be one address mail can go to. */
    private static Optional<String> emailProblem(String raw) {
        return Texts.isBlank(raw) ? Optional.empty() : MailAddress.problem(raw);
    }

    private static Optional<MailAddress> email(String raw) {
        return Texts.trimToEmpty(raw).map(MailAddress::new);
    }

    /** A new password also lifts a sign-in lock, so a lead can help a locked-out clinician. */
    @Transactional
    public Result<ClinicianId> resetPassword(Actor actor, ClinicianId id, String rawPassword) {
        requireLead(actor);
        Result<ClinicianId> result = change(actor, id, AuditAction.CLINICIAN_PASSWORD_RESET, "password",
                clinician -> PasswordPolicy.problem(clinician.username(), rawPassword),
                clinician -> clinician.withPasswordHash(hasher.hash(rawPassword)));
        if (result instanceof Result.Saved) {
            clinicians.findById(id).ifPresent(clinician -> signIn.unlock(clinician.username().value()));
        }
        return result;
    }

    @Transactional
    public Result<ClinicianId> deactivate(Actor actor, ClinicianId id) {
        requireLead(actor);
        return change(actor, id, AuditAction.CLINICIAN_DEACTIVATED, "active",
                clinician -> clinician.isActiveLead() ? lastLeadProblem() : Optional.empty(),
                Clinician::deactivated);
    }

    @Transactional
    public Result<ClinicianId> reactivate(Actor actor, ClinicianId id) {
        requireLead(actor);
        return change(actor, id, AuditAction.CLINICIAN_REACTIVATED, "active", clinician -> Optional.empty(),
                Clinician::reactivated);
    }

    @Transactional
    public Result<ClinicianId> changeRole(Actor actor, ClinicianId id, Role role) {
        requireLead(actor);
        return change(actor, id, AuditAction.CLINICIAN_ROLE_CHANGED, "role",
                clinician -> clinician.isActiveLead() && role != Role.LEAD ? lastLeadProblem() : Optional.empty(),
                clinician -> clinician.withRole(role));
    }

    private Optional<String> lastLeadProblem() {
        return clinicians.countActiveLeads() <= 1 ? Optional.of(LAST_LEAD) : Optional.empty();
    }

    /** Applies the verb unless the check finds a problem; a change that changes nothing is not stored. */
    private Result<ClinicianId> change(Actor actor, ClinicianId id, AuditAction action, String field,
                                 Function<Clinician, Optional<String>> check, UnaryOperator<Clinician> verb) {
        Optional<Clinician> current = clinicians.findById(id);
        if (current.isEmpty()) {
            return new Result.NotFound<>();
        }
        Optional<String> problem = check.apply(current.get());
        if (problem.isPresent()) {
            return Result.rejected(field, problem.get());
        }
        Clinician changed = verb.apply(current.get());
        if (!changed.equals(current.get())) {
            clinicians.update(changed);
            record(actor, action, id, List.of(field));
        }
        return new Result.Saved<>(id);
    }

    private void record(Actor actor, AuditAction action, ClinicianId subject, List<String> fields) {
        audit.record(AuditEvent.onClinician(clock.instant(), actor.id(), action, subject, fields));
    }

    private void requireLead(Actor actor) {
        if (!ActorCheck.current(clinicians, actor).isLead()) {
            throw new NotPermittedException("only clinic leads manage accounts");
        }
    }
}
