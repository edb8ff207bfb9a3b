package org.backboard.core.patient;

import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;

/**
 * The roster use cases. Access is decided here, not only in views: a therapist sees and changes
 * only the patients assigned to them, and a patient they may not see is reported as not found.
 */
public class PatientService {

    private static final String NOT_A_THERAPIST = "Choose an active therapist";
    static final String CONFLICT = "Someone else changed this patient after you opened it. "
            + "Reload to see their change, then apply yours again.";

    private final Patients patients;
    private final Clinicians clinicians;
    private final Clock clock;

    public PatientService(Patients patients, Clinicians clinicians, Clock clock) {
        this.patients = patients;
        this.clinicians = clinicians;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Optional<Patient> find(Actor actor, PatientId id) {
        return patients.find(id).filter(patient -> maySee(actor, patient));
    }

    public List<RosterRow> roster(Actor actor, RosterQuery query, List<RosterSort> sort, int offset, int limit) {
        return patients.roster(scoped(actor, query), sort.isEmpty() ? List.of(RosterSort.byName()) : sort,
                Math.max(0, offset), Math.clamp(limit, 1, 500));
    }

    public int count(Actor actor, RosterQuery query) {
        return patients.count(scoped(actor, query));
    }

    /** Therapists register patients onto their own caseload; leads choose the therapist. */
    @Transactional
    public SaveResult register(Actor actor, PatientDraft draft) {
        List<FieldProblem> problems = draft.problems(today());
        ClinicianId therapist = actor.isLead() ? draft.therapist().orElse(null) : actor.id();
        if (therapist == null) {
            problems.add(new FieldProblem("therapist", "Choose the therapist who will treat this patient"));
        } else if (actor.isLead() && clinicians.findActiveTherapist(therapist).isEmpty()) {
            problems.add(new FieldProblem("therapist", NOT_A_THERAPIST));
        }
        if (problems.isEmpty() && patients.existsWithMrn(Mrn.of(draft.mrn()), Optional.empty())) {
            problems.add(duplicateMrn());
        }
        if (!problems.isEmpty()) {
            return new SaveResult.Rejected(problems);
        }
        return new SaveResult.Saved(patients.save(Patient.register(draft.toDetails(), therapist, now())));
    }

    /** Changes the demographic details; the therapist is changed with {@link #reassign}. */
    @Transactional
    public SaveResult update(Actor actor, PatientId id, long loadedVersion, PatientDraft draft) {
        Optional<Patient> current = find(actor, id);
        if (current.isEmpty()) {
            return new SaveResult.NotFound();
        }
        List<FieldProblem> problems = draft.problems(today());
        if (problems.isEmpty() && patients.existsWithMrn(Mrn.of(draft.mrn()), Optional.of(id))) {
            problems.add(duplicateMrn());
        }
        if (!problems.isEmpty()) {
            return new SaveResult.Rejected(problems);
        }
        return apply(current.get(), loadedVersion, patient -> patient.edit(draft.toDetails(), now()));
    }

    @Transactional
    public SaveResult archive(Actor actor, PatientId id, long loadedVersion) {
        return change(actor, id, loadedVersion, patient -> patient.archive(now()));
    }

    @Transactional
    public SaveResult restore(Actor actor, PatientId id, long loadedVersion) {
        return change(actor, id, loadedVersion, patient -> patient.restore(now()));
    }

    /** Leads only: moves a patient to another clinician's caseload. */
    @Transactional
    public SaveResult reassign(Actor actor, PatientId id, long loadedVersion, ClinicianId therapist) {
        if (!actor.isLead()) {
            throw new NotPermittedException("only clinic leads assign patients");
        }
        if (clinicians.findActiveTherapist(therapist).isEmpty()) {
            return new SaveResult.Rejected(List.of(new FieldProblem("therapist", NOT_A_THERAPIST)));
        }
        return change(actor, id, loadedVersion, patient -> patient.assignTo(therapist, now()));
    }

    private SaveResult change(Actor actor, PatientId id, long loadedVersion, UnaryOperator<Patient> verb) {
        return find(actor, id).map(current -> apply(current, loadedVersion, verb))
                .orElseGet(SaveResult.NotFound::new);
    }

    /** The version check makes a save from a stale screen a conflict instead of an overwrite. */
    private SaveResult apply(Patient current, long loadedVersion, UnaryOperator<Patient> verb) {
        if (current.version() != loadedVersion) {
            return new SaveResult.Conflict(CONFLICT);
        }
        return new SaveResult.Saved(patients.save(verb.apply(current)));
    }

    private static boolean maySee(Actor actor, Patient patient) {
        return actor.isLead() || patient.therapist().equals(actor.id());
    }

    private static RosterQuery scoped(Actor actor, RosterQuery query) {
        return actor.isLead() ? query : query.forTherapist(actor.id());
    }

    private static FieldProblem duplicateMrn() {
        return new FieldProblem("mrn", DuplicateMrnException.MESSAGE);
    }

    private Instant now() {
        return clock.instant();
    }
}
