package org.backboard.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;

class PatientServiceTest {

    private static final Instant NOW = Instant.parse("2025-06-15T09:30:00Z");

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final PatientService service = new PatientService(patients, clinicians, audit, Clock.fixed(NOW, ZoneOffset.UTC));

    private final Actor lead = clinicians.enrol("lena.lead", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);

    private static PatientDraft draft(String mrn, String familyName, Optional<ClinicianId> therapist) {
        return new PatientDraft(mrn, "Ada", familyName, LocalDate.of(1990, 12, 10), Sex.FEMALE,
                "+44 20 7946 0958", "ada@example.org", therapist);
    }

    /** Registers a patient through the service, as a lead, onto the given therapist's caseload. */
    private Patient registered(String mrn, String familyName, Actor therapist) {
        Result<Patient> result = service.register(lead, draft(mrn, familyName, Optional.of(therapist.id())));
        assertThat(result).isInstanceOf(Result.Saved.class);
        return ((Result.Saved<Patient>) result).value();
    }

    private Patient stored(PatientId id) {
        return patients.find(id).orElseThrow();
    }

    private static Patient saved(Result<Patient> result) {
        assertThat(result).isInstanceOf(Result.Saved.class);
        return ((Result.Saved<Patient>) result).value();
    }

    private static List<FieldProblem> rejected(Result<Patient> result) {
        assertThat(result).isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected<Patient>) result).problems();
    }

    // --- register ---------------------------------------------------------------------------

    @Test
    void therapistRegisteringGetsThePatientOnTheirOwnCaseload() {
        // the therapist field of the form is ignored for therapists, even when it names someone else
        Patient patient = saved(service.register(tess, draft("ab-123", "Lovelace", Optional.of(theo.id()))));

        assertThat(patient.therapist()).isEqualTo(tess.id());
        assertThat(patient.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(patient.details().mrn()).isEqualTo(Mrn.of("AB-123"));
        assertThat(patient.createdAt()).isEqualTo(NOW);
        assertThat(patient.updatedAt()).isEqualTo(NOW);
        assertThat(stored(patient.id())).isEqualTo(patient);
    }

    @Test
    void leadMustChooseATherapistWhenRegistering() {
        List<FieldProblem> problems = rejected(service.register(lead, draft("AB-123", "Lovelace", Optional.empty())));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("therapist");
        assertThat(patients.all()).isEmpty();
    }

    @Test
    void leadRegistersOntoTheChosenTherapistsCaseload() {
        Patient patient = saved(service.register(lead, draft("AB-123", "Lovelace", Optional.of(theo.id()))));

        assertThat(patient.therapist()).isEqualTo(theo.id());
    }

    @Test
    void leadCannotRegisterOntoAnUnknownClinician() {
        List<FieldProblem> problems = rejected(service.register(lead, draft("AB-123", "Lovelace", Optional.of(ClinicianId.newId()))));

        assertThat(problems).containsExactly(new FieldProblem("therapist", "Choose an active therapist"));
        assertThat(patients.all()).isEmpty();
    }

    @Test
    void aPatientCannotBeAssignedToALead() {
        List<FieldProblem> problems = rejected(service.register(lead, draft("AB-124", "Lovelace", Optional.of(lead.id()))));

        assertThat(problems).containsExactly(new FieldProblem("therapist", "Choose an active therapist"));
        assertThat(patients.all()).isEmpty();
    }

    @Test
    void aTherapistIsRefusedAnMrnOnAnotherCaseloadWithoutBeingToldItExistsWhateverItsCase() {
        Patient first = registered("AB-123", "Lovelace", tess);

        List<FieldProblem> problems = rejected(service.register(theo, draft(" ab-123 ", "Hopper", Optional.empty())));

        assertThat(problems).containsExactly(new FieldProblem("mrn", "This MRN cannot be used. Ask a clinic lead."));
        assertThat(patients.all()).containsExactly(first);
    }

    /** A lead sees every caseload, so the plain reason gives nothing away. */
    @Test
    void aLeadIsToldAnotherPatientHasTheMrn() {
        registered("AB-123", "Lovelace", tess);

        List<FieldProblem> problems = rejected(service.register(lead, draft("AB-123", "Hopper", Optional.of(theo.id()))));

        assertThat(problems).containsExactly(new FieldProblem("mrn", "Another patient already has this MRN"));
    }

    @Test
    void anMrnRefusalIsAuditedWithTheActorButNeitherTheMrnNorThePatientHoldingIt() {
        Patient holder = registered("AB-123", "Lovelace", tess);

        rejected(service.register(theo, draft("AB-123", "Hopper", Optional.empty())));

        AuditEvent refusal = audit.events().getLast();
        assertThat(refusal.action()).isEqualTo(AuditAction.MRN_REFUSED);
        assertThat(refusal.actor()).contains(theo.id());
        assertThat(refusal.patient()).isEmpty();
        assertThat(refusal.entityId()).isEqualTo("new");
        assertThat(refusal.changedFields()).containsExactly("mrn");
        assertThat(refusal.toString()).doesNotContainIgnoringCase("AB-123").doesNotContain(holder.id().value().toString())
                .doesNotContain("Lovelace");
    }

    @Test
    void aRefusedMrnOnAnEditIsAuditedOnThePatientBeingEditedNotTheOneHoldingIt() {
        Patient holder = registered("AB-123", "Lovelace", tess);
        Patient mine = registered("CD-456", "Hopper", theo);

        rejected(service.update(theo, mine.id(), mine.version(), draft("AB-123", "Hopper", Optional.empty())));

        AuditEvent refusal = audit.events().getLast();
        assertThat(refusal.action()).isEqualTo(AuditAction.MRN_REFUSED);
        assertThat(refusal.patient()).contains(mine.id().value());
        assertThat(refusal.toString()).doesNotContain(holder.id().value().toString()).doesNotContainIgnoringCase("AB-123");
    }

    /**
     * Two saves of one MRN at once both pass the check; the store refuses the second at its unique index, and
     * that save's transaction rolls back. The refusal the caller then asks for reads and is audited like the check's.
     */
    @Test
    void aSaveThatLosesTheMrnRaceAtTheStoreGetsTheSameAuditedRefusalAsTheCheck() {
        registered("AB-123", "Lovelace", tess);
        PatientService checkedBeforeTheOtherSave = new PatientService(new RaceLostPatients(patients), clinicians, audit,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatExceptionOfType(DuplicateMrnException.class).isThrownBy(() ->
                checkedBeforeTheOtherSave.register(theo, draft("AB-123", "Hopper", Optional.empty())));
        List<FieldProblem> problems = rejected(service.refuseTakenMrn(theo, Optional.empty()));

        assertThat(problems).containsExactly(new FieldProblem("mrn", "This MRN cannot be used. Ask a clinic lead."));
        assertThat(audit.actions()).endsWith(AuditAction.MRN_REFUSED);
        assertThat(audit.events().getLast().actor()).contains(theo.id());
    }

    @Test
    void aRefusalForAnotherCaseloadsPatientIsNotFoundAndAuditedAsADeniedAccess() {
        Patient theirs = registered("AB-123", "Lovelace", tess);

        assertThat(service.refuseTakenMrn(theo, Optional.of(theirs.id()))).isEqualTo(new Result.NotFound<>());

        assertThat(audit.actions()).endsWith(AuditAction.PATIENT_ACCESS_DENIED);
    }

    @Test
    void invalidDraftIsRejectedWithAllItsProblemsAndNothingIsSaved() {
        PatientDraft draft = new PatientDraft("A", "", "Lovelace", LocalDate.of(2030, 1, 1), Sex.FEMALE, null, null,
                Optional.empty());

        List<FieldProblem> problems = rejected(service.register(tess, draft));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("mrn", "givenName", "dateOfBirth");
        assertThat(patients.all()).isEmpty();
    }

    // --- update -----------------------------------------------------------------------------

    @Test
    void updateWithTheLoadedVersionSavesTheNewDetails() {
        Patient patient = registered("AB-123", "Lovelace", tess);

        Patient updated = saved(service.update(tess, patient.id(), patient.version(), draft("AB-123", "Byron", Optional.empty())));

        assertThat(updated.details().name().family()).isEqualTo("Byron");
        assertThat(updated.version()).isGreaterThan(patient.version());
        assertThat(updated.therapist()).isEqualTo(tess.id());
        assertThat(stored(patient.id())).isEqualTo(updated);
    }

    @Test
    void updateWithAStaleLoadedVersionIsAConflictAndLeavesTheStoredPatientUnchanged() {
        Patient loaded = registered("AB-123", "Lovelace", tess);
        Patient changedByLead = saved(service.update(lead, loaded.id(), loaded.version(), draft("AB-123", "Byron", Optional.empty())));

        Result<Patient> result = service.update(tess, loaded.id(), loaded.version(), draft("AB-123", "King", Optional.empty()));

        assertThat(result).isInstanceOf(Result.Conflict.class);
        assertThat(stored(loaded.id())).isEqualTo(changedByLead);
    }

    @Test
    void updateToAnotherPatientsMrnIsRejectedOnTheMrnField() {
        registered("AB-123", "Lovelace", tess);
        Patient other = registered("CD-456", "Hopper", tess);

        List<FieldProblem> problems = rejected(service.update(tess, other.id(), other.version(), draft("ab-123", "Hopper", Optional.empty())));

        assertThat(problems).containsExactly(new FieldProblem("mrn", "This MRN cannot be used. Ask a clinic lead."));
        assertThat(stored(other.id())).isEqualTo(other);
    }

    @Test
    void aDateOfBirthCannotMovePastTheBeginningOfThePatientsCare() {
        Patient patient = registered("AB-123", "Lovelace", tess);
        patients.careBegan(patient.id(), LocalDate.of(1995, 3, 31));
        PatientDraft bornLater = new PatientDraft("AB-123", "Ada", "Lovelace", LocalDate.of(1995, 4, 1), Sex.FEMALE,
                null, null, Optional.empty());
        PatientDraft bornThatDay = new PatientDraft("AB-123", "Ada", "Lovelace", LocalDate.of(1995, 3, 31),
                Sex.FEMALE, null, null, Optional.empty());

        assertThat(rejected(service.update(tess, patient.id(), patient.version(), bornLater)))
                .containsExactly(new FieldProblem("dateOfBirth",
                        "The patient's care began on 1995-03-31: the date of birth cannot be later"));
        assertThat(saved(service.update(tess, patient.id(), patient.version(), bornThatDay)).details().dateOfBirth())
                .isEqualTo(LocalDate.of(1995, 3, 31));
    }

    // --- who may see what -------------------------------------------------------------------

    @Test
    void therapistCannotFindUpdateArchiveOrRestoreAnotherTherapistsPatient() {
        Patient theirs = registered("AB-123", "Lovelace", theo);

        assertThat(service.open(tess, theirs.id())).isEmpty();
        assertThat(service.update(tess, theirs.id(), theirs.version(), draft("AB-123", "Byron", Optional.empty())))
                .isEqualTo(new Result.NotFound<>());
        assertThat(service.archive(tess, theirs.id(), theirs.version())).isEqualTo(new Result.NotFound<>());
        assertThat(service.restore(tess, theirs.id(), theirs.version())).isEqualTo(new Result.NotFound<>());
        assertThat(stored(theirs.id())).isEqualTo(theirs);
    }

    @Test
    void therapistFindsTheirOwnPatientAndLeadFindsEveryPatient() {
        Patient tessPatient = registered("AB-123", "Lovelace", tess);

        assertThat(service.open(tess, tessPatient.id())).contains(tessPatient);
        assertThat(service.open(lead, tessPatient.id())).contains(tessPatient);
    }

    @Test
    void unknownPatientIsNotFound() {
        PatientId nobody = PatientId.newId();

        assertThat(service.open(lead, nobody)).isEmpty();
        assertThat(service.archive(lead, nobody, 1)).isEqualTo(new Result.NotFound<>());
    }

    // --- reassign ---------------------------------------------------------------------------

    @Test
    void therapistMayNotReassignEvenTheirOwnPatient() {
        Patient patient = registered("AB-123", "Lovelace", tess);

        assertThatExceptionOfType(NotPermittedException.class)
                .isThrownBy(() -> service.reassign(tess, patient.id(), patient.version(), theo.id()));
        assertThat(stored(patient.id())).isEqualTo(patient);
    }

    @Test
    void leadReassignsAPatientToAnotherTherapistsCaseload() {
        Patient patient = registered("AB-123", "Lovelace", tess);

        Patient moved = saved(service.reassign(lead, patient.id(), patient.version(), theo.id()));

        assertThat(moved.therapist()).isEqualTo(theo.id());
        assertThat(moved.details()).isEqualTo(patient.details());
        assertThat(service.open(theo, patient.id())).contains(moved);
        assertThat(service.open(tess, patient.id())).isEmpty();
    }

    @Test
    void leadCannotReassignToAnUnknownClinician() {
        Patient patient = registered("AB-123", "Lovelace", tess);

        List<FieldProblem> problems = rejected(service.reassign(lead, patient.id(), patient.version(), ClinicianId.newId()));

        assertThat(problems).extracting(FieldProblem::field).containsExactly("therapist");
        assertThat(stored(patient.id())).isEqualTo(patient);
    }

    // --- archive / restore ------------------------------------------------------------------

    @Test
    void archivedPatientCanBeRestored() {
        Patient patient = registered("AB-123", "Lovelace", tess);

        Patient archived = saved(service.archive(tess, patient.id(), patient.version()));
        assertThat(archived.isArchived()).isTrue();
        assertThat(stored(patient.id()).status()).isEqualTo(PatientStatus.ARCHIVED);

        Patient restored = saved(service.restore(tess, patient.id(), archived.version()));
        assertThat(restored.status()).isEqualTo(PatientStatus.ACTIVE);
        assertThat(restored.version()).isGreaterThan(archived.version());
        assertThat(stored(patient.id())).isEqualTo(restored);
    }

    @Test
    void restoreWithTheVersionFromBeforeArchivingIsAConflict() {
        Patient patient = registered("AB-123", "Lovelace", tess);
        Patient archived = saved(service.archive(tess, patient.id(), patient.version()));

        assertThat(service.restore(tess, patient.id(), patient.version())).isInstanceOf(Result.Conflict.class);
        assertThat(stored(patient.id())).isEqualTo(archived);
    }

    @Test
    void openingARecordIsAuditedAndAnotherCaseloadsRecordIsAuditedAsDenied() {
        Patient theirs = registered("AB-300", "Hopper", theo);

        assertThat(service.open(tess, theirs.id())).isEmpty();
        assertThat(service.open(theo, theirs.id())).isPresent();

        assertThat(audit.actions()).containsExactly(AuditAction.PATIENT_REGISTERED,
                AuditAction.PATIENT_ACCESS_DENIED, AuditAction.PATIENT_VIEWED);
        assertThat(audit.events().get(1).actor()).contains(tess.id());
        assertThat(audit.events().get(1).patient()).contains(theirs.id().value());
    }

    @Test
    void aChangeIsAuditedWithTheNamesOfTheChangedFieldsOnly() {
        Patient patient = registered("AB-301", "Hopper", tess);

        saved(service.update(tess, patient.id(), patient.version(),
                new PatientDraft("AB-301", "Grace", "Hopper", LocalDate.of(1990, 12, 10), Sex.FEMALE,
                        "+44 20 7946 0958", "grace@example.org", Optional.empty())));

        var change = audit.events().getLast();
        assertThat(change.action()).isEqualTo(AuditAction.PATIENT_UPDATED);
        assertThat(change.changedFields()).containsExactly("givenName", "email");
        assertThat(change.toString()).doesNotContain("Grace").doesNotContain("grace@example.org");
    }

    @Test
    void aSaveThatChangesNothingIsNeitherStoredNorAuditedAsAChange() {
        Patient patient = registered("AB-302", "Hopper", tess);

        Patient same = saved(service.update(tess, patient.id(), patient.version(),
                draft("AB-302", "Hopper", Optional.empty())));

        assertThat(same.version()).isEqualTo(patient.version());
        assertThat(audit.actions()).containsExactly(AuditAction.PATIENT_REGISTERED);
    }

    @Test
    void aRefusedChangeOnAnotherCaseloadIsAudited() {
        Patient theirs = registered("AB-303", "Hopper", theo);

        assertThat(service.archive(tess, theirs.id(), theirs.version())).isInstanceOf(Result.NotFound.class);

        assertThat(audit.actions()).endsWith(AuditAction.PATIENT_ACCESS_DENIED);
        assertThat(stored(theirs.id()).isArchived()).isFalse();
    }

    @Test
    void aDeactivatedTherapistCanNoLongerOpenTheirPatients() {
        Patient patient = registered("AB-304", "Hopper", tess);
        Clinician stored = clinicians.findById(tess.id()).orElseThrow();
        clinicians.update(stored.deactivated());

        assertThatThrownBy(() -> service.open(tess, patient.id())).isInstanceOf(NotPermittedException.class);
    }
}
