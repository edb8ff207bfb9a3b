package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backboard.core.care.CareResults.rejectedFields;
import static org.backboard.core.care.CareResults.saved;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.apiclient.InMemoryApiClients;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEvent;
import org.backboard.core.audit.InMemoryAuditTrail;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.exercise.EffortKind;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.mail.InMemoryOutbox;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.Instrument;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.PsfsDraft;
import org.backboard.core.outcome.Reassessment;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackDraft;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.InMemoryPatients;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientapp.AccountState;
import org.backboard.core.patientapp.AppAccess;
import org.backboard.core.patientapp.AppLinks;
import org.backboard.core.patientapp.InMemoryPatientApp;
import org.backboard.core.patientapp.Invitation;
import org.backboard.core.patientapp.InvitationRedemption;
import org.backboard.core.patientapp.InvitationSecrets;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.patientapp.Redemption;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.program.SessionSource;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.redflag.Tier;
import org.backboard.core.shared.Result;
import org.backboard.core.signin.InMemorySignInAttempts;
import org.backboard.core.signin.SignInGuard;
import org.backboard.core.signin.SignInPolicy;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.worklist.ItemKind;
import org.backboard.core.worklist.WorkItem;
import org.junit.jupiter.api.Test;

/** Invitations, the patient's sign-up and their own use cases, with in-memory ports. */
class PatientAppTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);
    private static final Clock EIGHT_DAYS_ON = Clock.offset(CLOCK, Duration.ofDays(8));
    private static final LocalDate BORN = LocalDate.of(1980, 1, 1);
    private static final String PASSWORD = "amber kettle horizon";

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final InMemoryCare.InMemoryEpisodes episodes = new InMemoryCare.InMemoryEpisodes();
    private final InMemoryCare.InMemoryCheckIns checkIns = new InMemoryCare.InMemoryCheckIns();
    private final InMemoryCare.InMemoryFlags flags = new InMemoryCare.InMemoryFlags();
    private final InMemoryPrograms.InMemoryExercises exercises = new InMemoryPrograms.InMemoryExercises();
    private final InMemoryPrograms.InMemorySessions sessions = new InMemoryPrograms.InMemorySessions();
    private final InMemoryPrograms.InMemoryProgramStore programStore = new InMemoryPrograms.InMemoryProgramStore();
    private final InMemoryPatientApp.Accounts accounts = new InMemoryPatientApp.Accounts();
    private final InMemoryPatientApp.Stored invitations = new InMemoryPatientApp.Stored();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final SignInGuard guard = new SignInGuard(new InMemorySignInAttempts(), audit,
            new SignInPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), CLOCK);

    private final CareAccess access = new CareAccess(patients, episodes, clinicians, accounts,
            new InMemoryApiClients(), audit, CLOCK);
    private final ProgramService programs = new ProgramService(programStore, sessions, exercises, access, CLOCK);
    private final AppLinks links = new AppLinks() {
        @Override
        public String join(String token) {
            return "https://clinic.example/app/join?token=" + token;
        }

        @Override
        public String home() {
            return "https://clinic.example/app";
        }

        @Override
        public String stopReminders(String token) {
            return "https://clinic.example/app/reminders/stop?token=" + token;
        }
    };
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final AppInvitationService inviting = new AppInvitationService(access, episodes, invitations, accounts,
            links, outbox, MailAvailability.sending(),
            AppInvitationService.DEFAULT_VALIDITY, CLOCK);
    private final InvitationRedemption redemption = redemption(CLOCK);
    private final InMemoryProgress.InMemoryOutcomes outcomes = new InMemoryProgress.InMemoryOutcomes();
    private final HomeService home = new HomeService(access, programs, sessions, checkIns, flags, outcomes,
            new TherapistFlagMail(clinicians, outbox, MailAvailability.sending(),
                    patient -> "https://clinic.example/patients/" + patient.value(), CLOCK), CLOCK);
    private final OutcomeService clinicianOutcomes = new OutcomeService(outcomes, access, CLOCK);
    private final WorklistService worklist = new WorklistService(
            new InMemoryProgress.InMemorySources(patients, episodes, checkIns, flags), programStore, sessions, outcomes,
            new InMemoryProgress.InMemoryAcknowledgements(), access, audit, CLOCK);
    private final Map<PatientId, String> emails = new HashMap<>();
    private final InMemoryPatientApp.StoredReminders reminderStore = new InMemoryPatientApp.StoredReminders(emails);
    private final ReminderService reminders = new ReminderService(access, reminderStore, outbox, links, audit, CLOCK);

    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);
    private final Patient ada = patient("AB-100");
    private final Episode episode = open(ada);
    private final Exercise bridge = exercises.save(InMemoryPrograms.exercise("Bridge", ExerciseCategory.STRENGTH_CORE,
            Dosage.reps(3, 10, 5)));

    private InvitationRedemption redemption(Clock clock) {
        return new InvitationRedemption(invitations, accounts, patients, episodes, raw -> "hashed:" + raw, guard,
                audit, clock);
    }

    private Patient patient(String mrn) {
        return patients.save(Patient.register(new PatientDetails(Mrn.of(mrn), new PersonName("Ada", "Lovelace"),
                BORN, Sex.FEMALE, ContactDetails.of("", "")), tess.id(), CLOCK.instant()));
    }

    private Episode open(Patient patient) {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, TODAY.minusDays(20), OnsetPrecision.DAY,
                TODAY.minusDays(14), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());
        return episodes.save(Episode.open(patient.id(), draft.toDetails(), tess.id()));
    }

    private InvitationSecrets.Issued invite(Patient patient) {
        return saved(inviting.invite(tess, patient.id())).issued();
    }

    private PatientActor joined(Patient patient) {
        saved(redemption.redeem("10.0.0.1", new Redemption(invite(patient).token(), null, BORN, "ada.l", PASSWORD)));
        return new PatientActor(patient.id());
    }

    private void startProgram() {
        saved(programs.start(tess, episode.id(), new ProgramDraft(TODAY.minusDays(7), List.of(
                new ProgramDraft.PrescriptionDraft(bridge.id(), new DosageDraft(3, EffortKind.REPS, 10, 5), "")))));
    }

    private static CheckInDraft feeling(Integer pain, Set<RedFlag> yes) {
        // what a patient's phone sends: no time and no source of its own choosing
        return new CheckInDraft(null, CheckInSource.CLINIC_VISIT, pain, null, Set.of(), yes, "");
    }

    // --- invitations ------------------------------------------------------------------------------

    @Test
    void anInvitationIsShownOnceAndStoredOnlyAsHashes() {
        InvitationSecrets.Issued issued = invite(ada);

        Invitation stored = invitations.latest(ada.id()).orElseThrow();
        assertThat(stored.tokenHash()).isEqualTo(InvitationSecrets.hash(issued.token())).doesNotContain(issued.token());
        assertThat(stored.codeHash()).isEqualTo(InvitationSecrets.hash(issued.code()));
        assertThat(stored.expiresAt()).isEqualTo(CLOCK.instant().plus(Duration.ofDays(7)));
        assertThat(inviting.access(tess, ada.id()).orElseThrow().kind()).isEqualTo(AppAccess.Kind.INVITED);
        assertThat(audit.actions()).endsWith(AuditAction.APP_INVITATION_CREATED);
    }

    @Test
    void anInvitationIsMailedWithTheLinkAndNothingAboutThePatient() {
        Patient withEmail = patients.save(Patient.register(new PatientDetails(Mrn.of("AB-300"),
                new PersonName("Grace", "Hopper"), BORN, Sex.FEMALE, ContactDetails.of("", "grace@example.org")),
                tess.id(), CLOCK.instant()));
        open(withEmail);

        AppInvitationService.Invited invited = saved(inviting.invite(tess, withEmail.id()));

        assertThat(invited.mailed()).isTrue();
        assertThat(invited.link()).isEqualTo("https://clinic.example/app/join?token=" + invited.issued().token());
        OutgoingMail mail = outbox.queued().getLast();
        assertThat(mail.kind()).isEqualTo(MailKind.INVITATION);
        assertThat(mail.recipient().value()).isEqualTo("grace@example.org");
        assertThat(mail.body()).contains(invited.link()).doesNotContain("Grace", "Hopper", "AB-300", "1980");
        assertThat(saved(inviting.invite(tess, ada.id())).mailed()).as("no address, no mail").isFalse();
    }

    @Test
    void aNewInvitationReplacesTheOpenOne() {
        InvitationSecrets.Issued first = invite(ada);
        invite(ada);

        Result<PatientId> withFirst = redemption.redeem("10.0.0.1",
                new Redemption(first.token(), null, BORN, "ada.l", PASSWORD));

        assertThat(rejectedFields(withFirst)).containsExactly("code");
    }

    @Test
    void anotherTherapistsPatientCannotBeInvitedAndAPatientWithoutOpenCareIsNot() {
        assertThat(inviting.invite(theo, ada.id())).isInstanceOf(Result.NotFound.class);
        episodes.save(episode.discharge(new Discharge(TODAY, "Goals met"), TODAY));

        assertThat(rejectedFields(inviting.invite(tess, ada.id()))).containsExactly("invitation");
    }

    // --- accepting --------------------------------------------------------------------------------

    @Test
    void theLinkWithTheRightBirthDateOpensAnAccountOnceOnly() {
        InvitationSecrets.Issued issued = invite(ada);
        Redemption typed = new Redemption(issued.token(), null, BORN, "Ada.L ", PASSWORD);

        assertThat(saved(redemption.redeem("10.0.0.1", typed))).isEqualTo(ada.id());
        assertThat(accounts.forPatient(ada.id()).orElseThrow().name().value()).isEqualTo("ada.l");
        assertThat(accounts.forPatient(ada.id()).orElseThrow().passwordHash()).isEqualTo("hashed:" + PASSWORD);
        assertThat(inviting.access(tess, ada.id()).orElseThrow().kind()).isEqualTo(AppAccess.Kind.ACTIVE);
        AuditEvent opened = audit.events().getLast();
        assertThat(opened.action()).isEqualTo(AuditAction.APP_ACCOUNT_OPENED);
        assertThat(opened.patientActor()).contains(ada.id().value());
        assertThat(opened.actor()).isEmpty();

        assertThat(redemption.redeem("10.0.0.1", typed)).isEqualTo(Result.rejected("code",
                InvitationRedemption.UNUSABLE));
    }

    @Test
    void theCodeIsReadAsPeopleTypeIt() {
        String code = invite(ada).code();
        String typed = " " + InvitationSecrets.display(code).toLowerCase().replace('0', 'o') + " ";

        assertThat(saved(redemption.redeem("10.0.0.1", new Redemption(null, typed, BORN, "ada.l", PASSWORD))))
                .isEqualTo(ada.id());
    }

    @Test
    void unknownExpiredAndWronglyDatedInvitationsGetOneAndTheSameAnswer() {
        InvitationSecrets.Issued issued = invite(ada);
        Result<PatientId> unknown = redemption.redeem("10.0.0.1",
                new Redemption(null, "ABCDE-FGHJK", BORN, "ada.l", PASSWORD));
        Result<PatientId> wrongDate = redemption.redeem("10.0.0.2",
                new Redemption(issued.token(), null, BORN.plusDays(1), "ada.l", PASSWORD));
        Result<PatientId> expired = redemption(EIGHT_DAYS_ON).redeem("10.0.0.3",
                new Redemption(issued.token(), null, BORN, "ada.l", PASSWORD));

        assertThat(List.of(unknown, wrongDate, expired)).containsOnly(Result.rejected("code",
                InvitationRedemption.UNUSABLE));
        assertThat(accounts.forPatient(ada.id())).isEmpty();
    }

    @Test
    void fiveWrongBirthDatesCloseTheInvitation() {
        InvitationSecrets.Issued issued = invite(ada);
        for (int i = 0; i < Invitation.MAX_WRONG_BIRTH_DATES; i++) {
            redemption.redeem("10.0.0." + i, new Redemption(issued.token(), null, BORN.minusDays(i + 1), "ada.l",
                    PASSWORD));
        }

        assertThat(rejectedFields(redemption.redeem("10.0.1.1",
                new Redemption(issued.token(), null, BORN, "ada.l", PASSWORD)))).containsExactly("code");
        assertThat(inviting.access(tess, ada.id()).orElseThrow().kind()).isEqualTo(AppAccess.Kind.REVOKED);
    }

    @Test
    void aClientGuessingCodesIsLockedOutEvenWithAGoodOneAfterwards() {
        InvitationSecrets.Issued issued = invite(ada);
        for (int i = 0; i < 5; i++) {
            redemption.redeem("10.9.9.9", new Redemption(null, "ZZZZZ-ZZZZ" + i, BORN, "ada.l", PASSWORD));
        }

        assertThat(rejectedFields(redemption.redeem("10.9.9.9",
                new Redemption(issued.token(), null, BORN, "ada.l", PASSWORD)))).containsExactly("code");
        assertThat(saved(redemption.redeem("10.0.0.1", new Redemption(issued.token(), null, BORN, "ada.l",
                PASSWORD)))).isEqualTo(ada.id());
    }

    @Test
    void aTakenNameOrAWeakPasswordIsRefusedAndTheInvitationStaysOpen() {
        joined(ada);
        Patient bea = patient("AB-200");
        open(bea);
        InvitationSecrets.Issued issued = invite(bea);

        Result<PatientId> result = redemption.redeem("10.0.0.2",
                new Redemption(issued.token(), null, BORN, "ADA.L", "password1234"));

        assertThat(rejectedFields(result)).containsExactlyInAnyOrder("name", "password");
        assertThat(accounts.forPatient(bea.id())).isEmpty();
        assertThat(invitations.latest(bea.id()).orElseThrow().isOpen()).isTrue();
    }

    // --- the patient's own care -------------------------------------------------------------------

    @Test
    void aPatientSeesTheirOwnProgramAndTheReadIsTheirs() {
        startProgram();
        PatientActor me = joined(ada);

        HomeService.Home today = saved(home.today(me));

        assertThat(today.care().episode().id()).isEqualTo(episode.id());
        assertThat(today.program().orElseThrow().exercises()).containsKey(bridge.id());
        assertThat(audit.events().getLast().action()).isEqualTo(AuditAction.HOME_VIEWED);
        assertThat(audit.events().getLast().patientActor()).contains(ada.id().value());
    }

    @Test
    void withoutAnActiveAccountThereIsNothingToSee() {
        assertThat(home.today(new PatientActor(ada.id()))).isInstanceOf(Result.NotFound.class);
        PatientActor me = joined(ada);
        saved(inviting.revoke(tess, ada.id()));

        assertThat(home.today(me)).isInstanceOf(Result.NotFound.class);
        assertThat(accounts.forPatient(ada.id()).orElseThrow().state()).isEqualTo(AccountState.REVOKED);
        assertThat(inviting.access(tess, ada.id()).orElseThrow().kind()).isEqualTo(AppAccess.Kind.REVOKED);
    }

    @Test
    void anEmergencyAnswerRaisesTheFlagAsAClinicianCheckInWouldAndAsksForEmergencyCare() {
        PatientActor me = joined(ada);

        HomeService.Reported reported = saved(home.checkIn(me, feeling(6,
                Set.of(RedFlag.SADDLE_NUMBNESS, RedFlag.RADIATING_BELOW_KNEE))));

        assertThat(reported.mostUrgent()).contains(Tier.EMERGENCY);
        assertThat(reported.checkIn().source()).isEqualTo(CheckInSource.PATIENT_REPORTED);
        assertThat(reported.checkIn().recordedBy()).isEmpty();
        assertThat(reported.checkIn().takenAt()).isEqualTo(CLOCK.instant());
        assertThat(flags.openSigns(episode.id())).contains(RedFlag.SADDLE_NUMBNESS);
        assertThat(reported.raised()).allSatisfy(flag -> assertThat(flag.raisedBy()).isEmpty());
        assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.RED_FLAG_RAISED)
                .allSatisfy(e -> assertThat(e.patientActor()).contains(ada.id().value()));
    }

    @Test
    void anEmergencyAnswerIsMailedToTheTherapistOnceWithALinkAndNothingAboutThePatient() {
        PatientActor me = joinedWithTessReachableByMail();
        int before = outbox.queued().size();

        saved(home.checkIn(me, feeling(6, Set.of(RedFlag.SADDLE_NUMBNESS, RedFlag.FEVER))));
        saved(home.checkIn(me, feeling(6, Set.of(RedFlag.SADDLE_NUMBNESS))));

        assertThat(outbox.queued()).as("one mail for the check-in; the open sign is not mailed again")
                .hasSize(before + 1);
        OutgoingMail mail = outbox.queued().getLast();
        assertThat(mail.kind()).isEqualTo(MailKind.FLAG_ALERT);
        assertThat(mail.recipient().value()).isEqualTo("tess@clinic.example");
        assertThat(mail.body()).contains("https://clinic.example/patients/" + ada.id().value() + "\n");
        assertThat(mail.subject() + mail.body().replace(ada.id().value().toString(), "")).doesNotContain("Ada", "Lovelace", "AB-100", "1980", "saddle",
                "groin", "fever", "mergency", "rgent");
        assertThat(audit.events()).filteredOn(e -> e.action() == AuditAction.RED_FLAG_MAILED).singleElement()
                .satisfies(e -> {
                    assertThat(e.patientActor()).contains(ada.id().value());
                    assertThat(e.entity()).isEqualTo("mail_outbox");
                });
    }

    @Test
    void aReviewAnswerAloneIsNotMailed() {
        PatientActor me = joinedWithTessReachableByMail();
        int before = outbox.queued().size();

        saved(home.checkIn(me, feeling(5, Set.of(RedFlag.RADIATING_BELOW_KNEE, RedFlag.WORSENING))));

        assertThat(flags.openSigns(episode.id())).contains(RedFlag.RADIATING_BELOW_KNEE);
        assertThat(outbox.queued()).hasSize(before);
    }

    private PatientActor joinedWithTessReachableByMail() {
        clinicians.update(clinicians.findById(tess.id()).orElseThrow()
                .withEmail(Optional.of(new MailAddress("tess@clinic.example"))));
        return joined(ada);
    }

    @Test
    void painElevenIsRefusedAndNothingIsSaved() {
        PatientActor me = joined(ada);

        assertThat(rejectedFields(home.checkIn(me, feeling(11, Set.of())))).containsExactly("pain");
        assertThat(checkIns.timeline(episode.id())).isEmpty();
    }

    @Test
    void aSessionIsTheAppsOwnAndCannotBeInTheFutureOrBeforeTheProgram() {
        startProgram();
        PatientActor me = joined(ada);

        var session = saved(home.recordSession(me, new SessionDraft(TODAY, Set.of(bridge.id()), 3, 2, false, "",
                SessionSource.CLINIC_VISIT)));
        assertThat(session.source()).isEqualTo(SessionSource.PATIENT_APP);
        assertThat(session.recordedBy()).isEmpty();
        assertThat(rejectedFields(home.recordSession(me, new SessionDraft(TODAY.plusDays(1), Set.of(bridge.id()),
                null, null, false, "", null)))).containsExactly("date");
        assertThat(rejectedFields(home.recordSession(me, new SessionDraft(TODAY.minusDays(30), Set.of(bridge.id()),
                null, null, false, "", null)))).containsExactly("date");
    }

    @Test
    void withoutAProgramASessionIsRefusedWithAPlainReason() {
        PatientActor me = joined(ada);

        assertThat(home.recordSession(me, new SessionDraft(TODAY, Set.of(bridge.id()), null, null, false, "", null)))
                .isEqualTo(Result.rejected("completed", HomeService.NO_PROGRAM));
    }

    @Test
    void progressShowsThePatientsOwnPain() {
        PatientActor me = joined(ada);
        saved(home.checkIn(me, feeling(4, Set.of())));

        HomeService.Progress progress = saved(home.progress(me));

        assertThat(progress.timeline()).hasSize(1);
        assertThat(progress.episode().id()).isEqualTo(episode.id());
    }

    // --- questionnaires at home ---------------------------------------------------------------------

    private static StartBackDraft startBack(Bothersomeness bothersomeness, StartBackItem... agreed) {
        Map<StartBackItem, Boolean> answers = new EnumMap<>(StartBackItem.class);
        for (StartBackItem item : StartBackItem.values()) {
            answers.put(item, List.of(agreed).contains(item));
        }
        return new StartBackDraft(answers, bothersomeness);
    }

    private static PsfsDraft psfs(String... activities) {
        return new PsfsDraft(Arrays.stream(activities).map(name -> new PsfsDraft.Row(name, 4)).toList());
    }

    private static OdiAnswers oswestry() {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        for (OswestrySection section : OswestrySection.values()) {
            answers.put(section, 2);
        }
        return new OdiAnswers(answers);
    }

    private List<OutcomeAdministration> kept() {
        return outcomes.forEpisodes(List.of(episode.id())).getOrDefault(episode.id(), List.of());
    }

    @Test
    void startBackAndThePsfsWaitOnTodayAtIntakeButNeverTheOswestry() {
        PatientActor me = joined(ada);

        assertThat(saved(home.today(me)).questionnairesDue()).containsExactly(Instrument.START_BACK, Instrument.PSFS);
        HomeService.Questionnaires waiting = saved(home.questionnaires(me));
        assertThat(waiting.due()).containsExactly(Instrument.START_BACK, Instrument.PSFS);
        assertThat(waiting.activitiesToScoreAgain()).as("a first PSFS names its own activities").isEmpty();
        assertThat(audit.events().getLast().action()).isEqualTo(AuditAction.QUESTIONNAIRES_VIEWED);
        assertThat(audit.events().getLast().patientActor()).contains(ada.id().value());
    }

    @Test
    void anAnsweredStartBackIsKeptAsThePatientsOwnAndLeavesTheAppAndTheWorklist() {
        PatientActor me = joined(ada);

        OutcomeAdministration answered = saved(home.answerStartBack(me, startBack(Bothersomeness.VERY_MUCH,
                StartBackItem.LEG_PAIN, StartBackItem.WORRYING_THOUGHTS)));

        assertThat(answered.patientReported()).isTrue();
        assertThat(answered.recordedBy()).isEmpty();
        assertThat(answered.takenOn()).isEqualTo(TODAY);
        assertThat(answered.episode()).isEqualTo(episode.id());
        assertThat(((StartBackAnswers) answered.measurement()).agreed())
                .containsExactlyInAnyOrder(StartBackItem.LEG_PAIN, StartBackItem.WORRYING_THOUGHTS);
        AuditEvent recorded = audit.events().getLast();
        assertThat(recorded.action()).isEqualTo(AuditAction.OUTCOME_RECORDED);
        assertThat(recorded.patientActor()).contains(ada.id().value());
        assertThat(recorded.actor()).isEmpty();
        assertThat(saved(home.today(me)).questionnairesDue()).containsExactly(Instrument.PSFS);
        assertThat(worklist.today(tess, Optional.empty()).items())
                .filteredOn(item -> item.kind() == ItemKind.REASSESSMENT_DUE).extracting(WorkItem::reason)
                .containsExactly("Oswestry (ODI) (baseline at intake) and PSFS (baseline at intake) due");

        assertThat(home.answerStartBack(me, startBack(Bothersomeness.SLIGHTLY)))
                .as("answered: no longer waiting").isEqualTo(Result.rejected("questionnaire",
                        HomeQuestionnaires.NOT_WAITING));
        assertThat(kept()).hasSize(1);
    }

    @Test
    void anUnfinishedStartBackIsRefusedOnEachQuestionLeftAndNothingIsKept() {
        PatientActor me = joined(ada);
        Map<StartBackItem, Boolean> half = new EnumMap<>(StartBackItem.class);
        half.put(StartBackItem.LEG_PAIN, true);

        List<String> fields = rejectedFields(home.answerStartBack(me, new StartBackDraft(half, null)));

        assertThat(fields).hasSize(8).contains("item-SHOULDER_OR_NECK_PAIN", "item-NO_ENJOYMENT",
                StartBackDraft.BOTHERSOMENESS).doesNotContain("item-LEG_PAIN");
        assertThat(kept()).isEmpty();
        assertThat(saved(home.today(me)).questionnairesDue()).contains(Instrument.START_BACK);
    }

    @Test
    void aFirstPsfsNamesThePatientsActivitiesAndALaterOneScoresTheSameOnesAgain() {
        PatientActor me = joined(ada);
        assertThat(rejectedFields(home.answerPsfs(me, psfs("Gardening", "", "gardening"))))
                .as("an unnamed activity and one named twice").containsExactly("activity-2", "activity-3");
        saved(home.answerPsfs(me, psfs("Gardening", "Driving", "Sitting")));
        assertThat(saved(home.today(me)).questionnairesDue()).doesNotContain(Instrument.PSFS);
        // the therapist scores the Oswestry at the visit; the PSFS comes due again with the next one
        saved(clinicianOutcomes.record(tess, episode.id(), TODAY, PatientAppTest::oswestry));

        Clock fourWeeksOn = Clock.offset(CLOCK, Duration.ofDays(Reassessment.ODI_EVERY_DAYS));
        HomeService later = new HomeService(access, programs, sessions, checkIns, flags, outcomes,
                new TherapistFlagMail(clinicians, outbox, MailAvailability.sending(),
                        patient -> "https://clinic.example/patients/" + patient.value(), fourWeeksOn), fourWeeksOn);
        HomeService.Questionnaires waiting = saved(later.questionnaires(me));
        assertThat(waiting.due()).contains(Instrument.PSFS);
        assertThat(waiting.activitiesToScoreAgain()).containsExactly("Gardening", "Driving", "Sitting");

        assertThat(later.answerPsfs(me, psfs("Gardening", "Driving", "Running")))
                .isEqualTo(Result.rejected(PsfsDraft.ACTIVITIES, HomeQuestionnaires.SAME_ACTIVITIES));
        PsfsAnswers first = (PsfsAnswers) kept().getFirst().measurement();
        OutcomeAdministration again = saved(later.answerPsfs(me, PsfsDraft.reRating(first, List.of(6, 7, 8))));
        assertThat(again.takenOn()).isEqualTo(TODAY.plusDays(Reassessment.ODI_EVERY_DAYS));
        assertThat(((PsfsAnswers) again.measurement()).mean()).isEqualTo(7.0);
        assertThat(saved(later.questionnaires(me)).due()).doesNotContain(Instrument.PSFS);
    }

    @Test
    void aClinicianMayChangeThePsfsActivitiesAndThePatientThenScoresTheNewOnes() {
        PatientActor me = joined(ada);
        saved(clinicianOutcomes.record(tess, episode.id(), TODAY.minusDays(14), () -> new PsfsAnswers(List.of(
                new PsfsAnswers.Activity("Running", 2), new PsfsAnswers.Activity("Lifting", 3),
                new PsfsAnswers.Activity("Golf", 1)))));

        assertThat(saved(home.questionnaires(me)).activitiesToScoreAgain()).containsExactly("Running", "Lifting", "Golf");
        assertThat(kept().getFirst().recordedBy()).contains(tess.id());
    }

    @Test
    void withoutAnActiveAccountNoQuestionnaireIsShownOrKept() {
        PatientActor stranger = new PatientActor(ada.id());

        assertThat(home.questionnaires(stranger)).isInstanceOf(Result.NotFound.class);
        assertThat(home.answerStartBack(stranger, startBack(Bothersomeness.SLIGHTLY)))
                .isInstanceOf(Result.NotFound.class);
        assertThat(home.answerPsfs(stranger, psfs("Gardening", "Driving", "Sitting")))
                .isInstanceOf(Result.NotFound.class);
        assertThat(kept()).isEmpty();
    }

    // --- daily reminders ---------------------------------------------------------------------------

    @Test
    void aReminderNeedsAnEmailAddressAndThenGoesOutOnceADayWithItsStopLink() {
        PatientActor me = joined(ada);
        assertThat(reminders.set(me, LocalTime.of(16, 30))).isEqualTo(Result.rejected("time",
                ReminderService.NO_EMAIL));
        Patient withEmail = patients.save(patients.find(ada.id()).orElseThrow().edit(new PatientDetails(
                Mrn.of("AB-100"), new PersonName("Ada", "Lovelace"), BORN, Sex.FEMALE,
                ContactDetails.of("", "ada@example.org")), CLOCK.instant()));
        emails.put(withEmail.id(), "ada@example.org");

        assertThat(saved(reminders.set(me, LocalTime.of(14, 5, 30)))).isEqualTo(LocalTime.of(14, 5));
        assertThat(saved(reminders.reminder(me))).contains(LocalTime.of(14, 5));
        assertThat(reminders.queueDue()).as("a time already past today starts tomorrow").isZero();

        saved(reminders.set(me, LocalTime.of(15, 45)));
        ReminderService later = new ReminderService(access, reminderStore, outbox, links, audit,
                Clock.offset(CLOCK, Duration.ofMinutes(50)));
        assertThat(later.queueDue()).isOne();
        assertThat(later.queueDue()).as("once a day").isZero();
        OutgoingMail mail = outbox.queued().getLast();
        assertThat(mail.kind()).isEqualTo(MailKind.REMINDER);
        assertThat(mail.body()).contains("https://clinic.example/app\n").doesNotContain("Ada", "Lovelace");
        String token = mail.body().replaceAll("(?s).*stop\\?token=([A-Za-z0-9_-]+).*", "$1");

        assertThat(reminders.stopByLink(token)).isTrue();
        assertThat(reminders.stopByLink(token)).as("a link stops once").isFalse();
        assertThat(saved(reminders.reminder(me))).isEmpty();
        assertThat(audit.events().getLast().patientActor()).contains(ada.id().value());
    }

    @Test
    void typedCodesAreNormalisedOrRefused() {
        assertThat(InvitationSecrets.normaliseCode("k7qm2-xpa9d")).contains("K7QM2XPA9D");
        assertThat(InvitationSecrets.normaliseCode("OIL00 11111")).contains("0110011111");
        assertThat(InvitationSecrets.normaliseCode("K7QM2-XPA9")).isEmpty();
        assertThat(InvitationSecrets.normaliseCode("K7QM2-XPA9U")).isEmpty();
        assertThat(InvitationSecrets.normaliseCode("<script>")).isEmpty();
        assertThat(InvitationSecrets.isTokenShaped("../../etc/passwd")).isFalse();
    }

    @Test
    void onlyPatientReportedCheckInsNameNoClinician() {
        assertThat(feeling(3, Set.of()).fromPatientNow(LocalDateTime.now(CLOCK)).source())
                .isEqualTo(CheckInSource.PATIENT_REPORTED);
    }
}
