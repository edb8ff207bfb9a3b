package org.backboard.core.patient;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.AuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;

/**
 * The patient record use cases. Access is decided here, not only in views: a therapist sees and changes
 * only the patients assigned to them, and a patient they may not see is reported as not found.
 * Every opening of a record, every refused attempt and every change goes to the audit trail, in
 * the same transaction as the change.
 */
public class PatientService {

    private static final String NOT_A_THERAPIST = "Choose an active therapist";
    /** A lead sees the whole clinic, so the plain reason tells them nothing new. */
    public static final String MRN_TAKEN = "Another patient already has this MRN";
    /** A therapist must not learn which MRNs exist on other caseloads; the refusal is audited for the leads. */
    static final String MRN_REFUSED = "This MRN cannot be used. Ask a clinic lead.";
    static final String CONFLICT = "Someone else changed this patient after you opened it. "
            + "Reload to see their change, then apply yours again.";

    private final Patients patients;
    private final Clinicians clinicians;
    private final AuditTrail audit;
    private final Clock clock;

    public PatientService(Patients patients, Clinicians clinicians, AuditTrail audit, Clock clock) {
        this.patients = patients;
        this.clinicians = clinicians;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Opens a patient's record for reading: audited, and refused (as "not found") for other caseloads. */
    @Transactional
    public Optional<Patient> open(Actor claimed, PatientId id) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        Optional<Patient> visible = visible(actor, id);
        visible.ifPresent(patient -> record(actor, AuditAction.PATIENT_VIEWED, patient, List.of()));
        return visible;
    }

    /** Therapists register patients onto their own caseload; leads choose the therapist. */
    @Transactional
    public Result<Patient> register(Actor claimed, PatientDraft draft) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        List<FieldProblem> problems = draft.problems(today());
        ClinicianId therapist = actor.isLead() ? draft.therapist().orElse(null) : actor.id();
        if (therapist == null) {
            problems.add(new FieldProblem("therapist", "Choose the therapist who will treat this patient"));
        } else if (actor.isLead() && clinicians.findActiveTherapist(therapist).isEmpty()) {
            problems.add(new FieldProblem("therapist", NOT_A_THERAPIST));
        }
        if (problems.isEmpty() && patients.existsWithMrn(Mrn.of(draft.mrn()), Optional.empty())) {
            problems.add(refuseMrn(actor, Optional.empty()));
        }
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        Patient saved = patients.save(Patient.register(draft.toDetails(), therapist, now()));
        record(actor, AuditAction.PATIENT_REGISTERED, saved, PatientChanges.present(saved));
        return new Result.Saved<>(saved);
    }

    /** Changes the demographic details; the therapist is changed with {@link #reassign}. */
    @Transactional
    public Result<Patient> update(Actor claimed, PatientId id, long loadedVersion, PatientDraft draft) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        Optional<Patient> current = visible(actor, id);
        if (current.isEmpty()) {
            return new Result.NotFound<>();
        }
        List<FieldProblem> problems = draft.problems(today());
        if (problems.isEmpty() && patients.existsWithMrn(Mrn.of(draft.mrn()), Optional.of(id))) {
            problems.add(refuseMrn(actor, current));
        }
        if (problems.isEmpty()) {
            patients.earliestCareDate(id).filter(draft.dateOfBirth()::isAfter).ifPresent(first -> problems.add(
                    new FieldProblem("dateOfBirth", "The patient's care began on " + first
                            + ": the date of birth cannot be later")));
        }
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems);
        }
        return apply(actor, current.get(), loadedVersion, AuditAction.PATIENT_UPDATED,
                patient -> patient.edit(draft.toDetails(), now()));
    }

    /**
     * For a register or update that passed the MRN check but lost at the unique index to a save that
     * slipped in between ({@link DuplicateMrnException}): that transaction rolled back with its audit
     * rows, so this one refuses the MRN as the check would have, audited in a transaction of its own.
     */
    @Transactional
    public Result<Patient> refuseTakenMrn(Actor claimed, Optional<PatientId> editing) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        if (editing.isEmpty()) {
            return new Result.Rejected<>(List.of(refuseMrn(actor, Optional.empty())));
        }
        return visible(actor, editing.get())
                .<Result<Patient>>map(edited -> new Result.Rejected<>(List.of(refuseMrn(actor, Optional.of(edited)))))
                .orElseGet(Result.NotFound::new);
    }

    @Transactional
    public Result<Patient> archive(Actor claimed, PatientId id, long loadedVersion) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        return change(actor, id, loadedVersion, AuditAction.PATIENT_ARCHIVED, patient -> patient.archive(now()));
    }

    @Transactional
    public Result<Patient> restore(Actor claimed, PatientId id, long loadedVersion) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        return change(actor, id, loadedVersion, AuditAction.PATIENT_RESTORED, patient -> patient.restore(now()));
    }

    /** Leads only: moves a patient to another therapist's caseload. */
    @Transactional
    public Result<Patient> reassign(Actor claimed, PatientId id, long loadedVersion, ClinicianId therapist) {
        Actor actor = ActorCheck.current(clinicians, claimed);
        if (!actor.isLead()) {
            throw new NotPermittedException("only clinic leads assign patients");
        }
        if (clinicians.findActiveTherapist(therapist).isEmpty()) {
            return new Result.Rejected<>(List.of(new FieldProblem("therapist", NOT_A_THERAPIST)));
        }
        return change(actor, id, loadedVersion, AuditAction.PATIENT_REASSIGNED,
                patient -> patient.assignTo(therapist, now()));
    }

    private Result<Patient> change(Actor actor, PatientId id, long loadedVersion, AuditAction action,
                              UnaryOperator<Patient> verb) {
        return visible(actor, id).map(current -> apply(actor, current, loadedVersion, action, verb))
                .orElseGet(Result.NotFound::new);
    }

    /**
     * The version check makes a save from a stale screen a conflict instead of an overwrite; a
     * change that changes nothing is not saved (nor audited as a change).
     */
    private Result<Patient> apply(Actor actor, Patient current, long loadedVersion, AuditAction action,
                             UnaryOperator<Patient> verb) {
        if (current.version() != loadedVersion) {
            return new Result.Conflict<>(CONFLICT);
        }
        Patient changed = verb.apply(current);
        List<String> fields = PatientChanges.between(current, changed);
        if (fields.isEmpty()) {
            return new Result.Saved<>(current);
        }
        Patient saved = patients.save(changed);
        record(actor, action, saved, fields);
        return new Result.Saved<>(saved);
    }

    /** The patient if the actor may see it; an attempt on another caseload is audited and looks like "not found". */
    private Optional<Patient> visible(Actor actor, PatientId id) {
        Optional<Patient> found = patients.find(id);
        if (found.isPresent() && !actor.maySeePatientsOf(found.get().therapist())) {
            record(actor, AuditAction.PATIENT_ACCESS_DENIED, found.get(), List.of());
            return Optional.empty();
        }
        return found;
    }

    private void record(Actor actor, AuditAction action, Patient patient, List<String> fields) {
        audit.record(AuditEvent.onPatient(now(), actor.id(), action, patient.id().value(), fields));
    }

    /**
     * Audits the refusal (naming the actor and the record being edited, never the MRN or the patient
     * who holds it), so that a run of refusals shows a lead someone trying MRNs.
     */
    private FieldProblem refuseMrn(Actor actor, Optional<Patient> edited) {
        List<String> fields = List.of("mrn");
        audit.record(edited.map(patient -> AuditEvent.onPatient(now(), actor.id(), AuditAction.MRN_REFUSED,
                        patient.id().value(), fields))
                .orElseGet(() -> AuditEvent.onNewPatient(now(), actor.id(), AuditAction.MRN_REFUSED, fields)));
        return new FieldProblem("mrn", actor.isLead() ? MRN_TAKEN : MRN_REFUSED);
    }

    private Instant now() {
        return clock.instant();
    }
}
