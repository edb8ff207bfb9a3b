package org.backboard.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.backboard.core.account.AccountAdministration;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientActor;
import org.backboard.core.apiclient.ApiClientDraft;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.audit.AuditQuery;
import org.backboard.core.audit.AuditService;
import org.backboard.core.care.ApiPatientSearch;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.care.CheckInService;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.care.HomeService;
import org.backboard.core.care.LibraryService;
import org.backboard.core.care.OutcomeService;
import org.backboard.core.care.ProgramService;
import org.backboard.core.care.RedFlagService;
import org.backboard.core.care.ReminderService;
import org.backboard.core.care.WorklistService;
import org.backboard.core.clinic.ClinicOutcomesService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ActorCheck;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.exercise.EffortKind;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDraft;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.PsfsDraft;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackDraft;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientapp.InvitationRedemption;
import org.backboard.core.patientapp.InvitationSecrets;
import org.backboard.core.patientapp.PatientAccounts;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.patientapp.Redemption;
import org.backboard.core.patientimport.ImportColumn;
import org.backboard.core.patientimport.ImportProgress;
import org.backboard.core.patientimport.ImportRow;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.program.SessionSource;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterService;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.backboard.core.shared.RowSink;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.worklist.ItemKey;
import org.backboard.core.worklist.ItemKind;
import org.backboard.core.worklist.Severity;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.account.AccountsView;
import org.backboard.ui.apiclient.ApiClientsView;
import org.backboard.ui.audit.AuditView;
import org.backboard.ui.clinic.ClinicOutcomesView;
import org.backboard.ui.home.FeelingView;
import org.backboard.ui.home.JoinView;
import org.backboard.ui.home.PatientLoginView;
import org.backboard.ui.home.ProgressView;
import org.backboard.ui.home.QuestionnairesView;
import org.backboard.ui.home.StopRemindersView;
import org.backboard.ui.home.TodayView;
import org.backboard.ui.library.LibraryView;
import org.backboard.ui.patient.PatientView;
import org.backboard.ui.patient.RosterView;
import org.backboard.ui.patientimport.ImportView;
import org.backboard.ui.program.HandoutView;
import org.backboard.ui.worklist.WorklistView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may do what, as one table: every view route and every operation of the services that
 * views call. A route or operation added without a row here fails the build.
 */
@BackboardSpringTest
class AccessMatrixTest {

    enum Who { ANONYMOUS, THERAPIST, LEAD, PATIENT }

    /** How an operation decides access. */
    enum Rule {
        /** Therapists on their own caseload only; leads on every patient. */
        CASELOAD,
        /** Clinic leads only. */
        LEAD_ONLY,
        /** Any signed-in clinician (staff names, today's date): no patient data. */
        ANY_CLINICIAN,
        /** Records the caller's own refused attempt (audit): returns nothing. */
        OWN_REFUSAL,
        /** A signed-in patient on their own current care only: no ids to choose, nothing of anyone else. */
        OWN_CARE,
        /** Anyone holding a link's secret (an invitation's, throttled per client; a reminder's stop link). */
        SECRET_LINK,
        /** The application's own scheduled job; no view calls it. */
        SCHEDULED,
        /**
         * An API client (the /fhir API) within its scope as the client stands now: never a clinician
         * or a patient; its HTTP operations x scopes are in ApiAccessMatrixTest.
         */
        API_SCOPE
    }

    private static final Map<Class<?>, Set<Who>> ROUTES = Map.ofEntries(
            Map.entry(LoginView.class, Set.of(Who.values())),
            Map.entry(PatientLoginView.class, Set.of(Who.values())),
            Map.entry(JoinView.class, Set.of(Who.values())),
            Map.entry(StopRemindersView.class, Set.of(Who.values())),
            Map.entry(TodayView.class, Set.of(Who.PATIENT)),
            Map.entry(FeelingView.class, Set.of(Who.PATIENT)),
            Map.entry(ProgressView.class, Set.of(Who.PATIENT)),
            Map.entry(QuestionnairesView.class, Set.of(Who.PATIENT)),
            Map.entry(RosterView.class, Set.of(Who.THERAPIST, Who.LEAD)),
            Map.entry(PatientView.class, Set.of(Who.THERAPIST, Who.LEAD)),
            Map.entry(HandoutView.class, Set.of(Who.THERAPIST, Who.LEAD)),
            Map.entry(LibraryView.class, Set.of(Who.THERAPIST, Who.LEAD)),
            Map.entry(AuditView.class, Set.of(Who.LEAD)),
            Map.entry(WorklistView.class, Set.of(Who.THERAPIST, Who.LEAD)),
            Map.entry(ClinicOutcomesView.class, Set.of(Who.LEAD)),
            Map.entry(AccountsView.class, Set.of(Who.LEAD)),
            Map.entry(ApiClientsView.class, Set.of(Who.LEAD)),
            Map.entry(ImportView.class, Set.of(Who.LEAD)));

    private static final Map<String, Rule> OPERATIONS = Map.ofEntries(
            Map.entry("PatientService.today", Rule.ANY_CLINICIAN),
            Map.entry("PatientService.open", Rule.CASELOAD),
            Map.entry("RosterService.today", Rule.ANY_CLINICIAN),
            Map.entry("RosterService.roster", Rule.CASELOAD),
            Map.entry("RosterService.count", Rule.CASELOAD),
            Map.entry("RosterService.export", Rule.CASELOAD),
            Map.entry("PatientImportService.preview", Rule.LEAD_ONLY),
            Map.entry("PatientImportService.confirm", Rule.LEAD_ONLY),
            Map.entry("CareRecordService.read", Rule.CASELOAD),
            Map.entry("EpisodeService.open", Rule.CASELOAD),
            Map.entry("EpisodeService.edit", Rule.CASELOAD),
            Map.entry("EpisodeService.putOnHold", Rule.CASELOAD),
            Map.entry("EpisodeService.resume", Rule.CASELOAD),
            Map.entry("EpisodeService.discharge", Rule.CASELOAD),
            Map.entry("CheckInService.record", Rule.CASELOAD),
            Map.entry("RedFlagService.acknowledge", Rule.CASELOAD),
            Map.entry("ProgramService.start", Rule.CASELOAD),
            Map.entry("ProgramService.revise", Rule.CASELOAD),
            Map.entry("ProgramService.recordSession", Rule.CASELOAD),
            Map.entry("ProgramService.handout", Rule.CASELOAD),
            Map.entry("OutcomeService.record", Rule.CASELOAD),
            Map.entry("WorklistService.today", Rule.CASELOAD),
            Map.entry("WorklistService.acknowledge", Rule.CASELOAD),
            Map.entry("ClinicOutcomesService.today", Rule.LEAD_ONLY),
            Map.entry("LibraryService.exercises", Rule.ANY_CLINICIAN),
            Map.entry("LibraryService.templates", Rule.ANY_CLINICIAN),
            Map.entry("LibraryService.addExercise", Rule.LEAD_ONLY),
            Map.entry("LibraryService.editExercise", Rule.LEAD_ONLY),
            Map.entry("LibraryService.retireExercise", Rule.LEAD_ONLY),
            Map.entry("LibraryService.reinstateExercise", Rule.LEAD_ONLY),
            Map.entry("LibraryService.saveTemplate", Rule.LEAD_ONLY),
            Map.entry("LibraryService.retireTemplate", Rule.LEAD_ONLY),
            Map.entry("PatientService.register", Rule.CASELOAD),
            Map.entry("PatientService.update", Rule.CASELOAD),
            Map.entry("PatientService.archive", Rule.CASELOAD),
            Map.entry("PatientService.restore", Rule.CASELOAD),
            Map.entry("PatientService.refuseTakenMrn", Rule.CASELOAD),
            Map.entry("PatientService.reassign", Rule.LEAD_ONLY),
            Map.entry("AuditService.search", Rule.LEAD_ONLY),
            Map.entry("AuditService.count", Rule.LEAD_ONLY),
            Map.entry("AuditService.export", Rule.LEAD_ONLY),
            Map.entry("AuditService.pageRefused", Rule.OWN_REFUSAL),
            Map.entry("AccountAdministration.accounts", Rule.LEAD_ONLY),
            Map.entry("AccountAdministration.create", Rule.LEAD_ONLY),
            Map.entry("AccountAdministration.resetPassword", Rule.LEAD_ONLY),
            Map.entry("AccountAdministration.deactivate", Rule.LEAD_ONLY),
            Map.entry("AccountAdministration.reactivate", Rule.LEAD_ONLY),
            Map.entry("AccountAdministration.changeRole", Rule.LEAD_ONLY),
            Map.entry("AccountAdministration.changeEmail", Rule.LEAD_ONLY),
            Map.entry("ClinicianDirectory.activeTherapists", Rule.ANY_CLINICIAN),
            Map.entry("ClinicianDirectory.everyone", Rule.ANY_CLINICIAN),
            Map.entry("ClinicianDirectory.displayName", Rule.ANY_CLINICIAN),
            Map.entry("AppInvitationService.invite", Rule.CASELOAD),
            Map.entry("AppInvitationService.access", Rule.CASELOAD),
            Map.entry("AppInvitationService.revoke", Rule.CASELOAD),
            Map.entry("InvitationRedemption.isOpen", Rule.SECRET_LINK),
            Map.entry("InvitationRedemption.redeem", Rule.SECRET_LINK),
            Map.entry("HomeService.today", Rule.OWN_CARE),
            Map.entry("HomeService.recordSession", Rule.OWN_CARE),
            Map.entry("HomeService.checkIn", Rule.OWN_CARE),
            Map.entry("HomeService.progress", Rule.OWN_CARE),
            Map.entry("HomeService.questionnaires", Rule.OWN_CARE),
            Map.entry("HomeService.answerStartBack", Rule.OWN_CARE),
            Map.entry("HomeService.answerPsfs", Rule.OWN_CARE),
            Map.entry("ReminderService.reminder", Rule.OWN_CARE),
            Map.entry("ReminderService.set", Rule.OWN_CARE),
            Map.entry("ReminderService.stop", Rule.OWN_CARE),
            Map.entry("ReminderService.stopByLink", Rule.SECRET_LINK),
            Map.entry("ReminderService.queueDue", Rule.SCHEDULED),
            Map.entry("CareRecordService.readHolding", Rule.API_SCOPE),
            Map.entry("ApiPatientSearch.changedBetween", Rule.API_SCOPE),
            Map.entry("ApiClientService.clients", Rule.LEAD_ONLY),
            Map.entry("ApiClientService.register", Rule.LEAD_ONLY),
            Map.entry("ApiClientService.revoke", Rule.LEAD_ONLY));

    private static final List<Class<?>> SERVICES = List.of(PatientService.class, RosterService.class,
            CareRecordService.class, EpisodeService.class, CheckInService.class, RedFlagService.class,
            ProgramService.class, LibraryService.class, OutcomeService.class, WorklistService.class,
            ClinicOutcomesService.class, AuditService.class, AccountAdministration.class, ClinicianDirectory.class,
            AppInvitationService.class, InvitationRedemption.class, HomeService.class, ReminderService.class,
            PatientImportService.class, ApiClientService.class, ApiPatientSearch.class);

    @Autowired
    PatientService patients;
    @Autowired
    ApiClientService apiClients;
    @Autowired
    RosterService roster;
    @Autowired
    CareRecordService care;
    @Autowired
    EpisodeService episodes;
    @Autowired
    CheckInService checkIns;
    @Autowired
    RedFlagService flags;
    @Autowired
    ProgramService programs;
    @Autowired
    LibraryService library;
    @Autowired
    OutcomeService outcomes;
    @Autowired
    WorklistService worklist;
    @Autowired
    ClinicOutcomesService clinicOutcomes;
    @Autowired
    AuditService audit;
    @Autowired
    PatientImportService imports;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    AppInvitationService invitations;
    @Autowired
    InvitationRedemption redemption;
    @Autowired
    HomeService home;
    @Autowired
    PatientAccounts patientAccounts;
    @Autowired
    ReminderService reminders;
    @Autowired
    Clinicians clinicians;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Actor therapist;
    private Actor lead;
    private Clinician colleague;

    @BeforeEach
    void actors() {
        therapist = actor("therapist1");
        lead = actor("lead");
        colleague = clinicians.findByUsername(new Username("therapist2")).orElseThrow();
    }

    @Test
    void everyRouteHasARow() {
        Set<String> routes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backboard.ui").stream()
                .filter(c -> c.isAnnotatedWith(Route.class)).map(c -> c.getName()).collect(Collectors.toSet());

        assertThat(routes).isEqualTo(ROUTES.keySet().stream().map(Class::getName).collect(Collectors.toSet()));
    }

    @Test
    void everyRouteLetsInExactlyItsRoles() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        ROUTES.forEach((route, allowed) -> {
            for (Who who : Who.values()) {
                Principal principal = who == Who.ANONYMOUS ? null : () -> who.name().toLowerCase();
                boolean access = checker.hasAccess(route, principal, role -> role.equals(who.name()));
                assertThat(access).as("%s for %s", route.getSimpleName(), who).isEqualTo(allowed.contains(who));
            }
        });
    }

    @Test
    void everyCoreClassThatTakesAnActorIsInTheTable() {
        Set<String> takingAnActor = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.backboard.core").stream()
                .filter(c -> c.getMethods().stream().anyMatch(m -> m.getModifiers().contains(
                        com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
                        && m.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(Actor.class))))
                .filter(c -> !c.isEquivalentTo(ActorCheck.class))
                .map(c -> c.getName()).collect(Collectors.toSet());

        assertThat(SERVICES.stream().map(Class::getName).collect(Collectors.toSet())).containsAll(takingAnActor);
    }

    @Test
    void operationsWithoutAnActorAreExactlyThoseOpenToAnyClinicianOrAnInvitation() {
        Set<String> withoutActor = publicOperations()
                .filter(m -> Arrays.stream(m.getParameterTypes()).noneMatch(t -> t == Actor.class
                        || t == PatientActor.class || t == ApiClientActor.class))
                .map(AccessMatrixTest::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> open = OPERATIONS.entrySet().stream()
                .filter(e -> e.getValue() == Rule.ANY_CLINICIAN || e.getValue() == Rule.SECRET_LINK
                        || e.getValue() == Rule.SCHEDULED)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));

        assertThat(withoutActor).as("an operation that does not know who calls cannot check access")
                .isEqualTo(open);
    }

    @Test
    void patientOperationsTakeThePatientAndNothingElseToChooseWhoseCare() {
        Set<String> patients = publicOperations()
                .filter(m -> Arrays.asList(m.getParameterTypes()).contains(PatientActor.class))
                .map(AccessMatrixTest::name).collect(Collectors.toCollection(TreeSet::new));

        assertThat(patients).isEqualTo(OPERATIONS.entrySet().stream().filter(e -> e.getValue() == Rule.OWN_CARE)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new)));
        publicOperations().filter(m -> Arrays.asList(m.getParameterTypes()).contains(PatientActor.class))
                .forEach(m -> assertThat(m.getParameterTypes()).as(name(m))
                        .doesNotContain(PatientId.class, EpisodeId.class, ProgramId.class));
    }

    @Test
    void ownCareOperationsReachOnlyTheSignedInPatientsCareWhileTheirAccessLasts() {
        // not one of the demo's app patients, whose access other tests rely on
        PatientId own = roster.roster(therapist, RosterQuery.everyone(), List.of(RosterSort.byName()), 0, 50).stream()
                .map(RosterRow::id).filter(id -> patientAccounts.forPatient(id).isEmpty()).findFirst().orElseThrow();
        Program program = freshProgram(own);
        InvitationSecrets.Issued issued = savedValue(invitations.invite(lead, own)).issued();
        LocalDate born = asLead(own).details().dateOfBirth();
        assertThat(saved(redemption.redeem("matrix", new Redemption(issued.token(), null, born,
                "matrix-" + UUID.randomUUID().toString().substring(0, 8), "matrix owl lantern river")))).isTrue();
        jdbc.update("update patient set email = 'matrix@example.org' where id = ?", own.value());
        PatientId stranger = firstPatientOf(new Actor(colleague.id(), colleague.role()));
        Map<String, java.util.function.Function<PatientActor, Result<?>>> operations = Map.ofEntries(
                Map.entry("HomeService.today", patient -> home.today(patient)),
                Map.entry("HomeService.progress", patient -> home.progress(patient)),
                Map.entry("HomeService.questionnaires", patient -> home.questionnaires(patient)),
                // the fresh episode has both due at intake; each is taken once, by its own patient only
                Map.entry("HomeService.answerStartBack", patient -> home.answerStartBack(patient,
                        StartBackDraft.agreedWith(Set.of(StartBackItem.LEG_PAIN), Bothersomeness.SLIGHTLY))),
                Map.entry("HomeService.answerPsfs", patient -> home.answerPsfs(patient, new PsfsDraft(List.of(
                        new PsfsDraft.Row("Gardening", 3), new PsfsDraft.Row("Driving", 5),
                        new PsfsDraft.Row("Sitting", 4))))),
                Map.entry("HomeService.checkIn", patient -> home.checkIn(patient, new CheckInDraft(null, null, 3, null,
                        Set.of(), Set.of(), ""))),
                Map.entry("HomeService.recordSession", patient -> home.recordSession(patient, new SessionDraft(
                        LocalDate.now(), Set.of(program.latest().prescriptions().getFirst().exercise()), 2, 1, false,
                        "", null))),
                Map.entry("ReminderService.reminder", patient -> reminders.reminder(patient)),
                Map.entry("ReminderService.set", patient -> reminders.set(patient, LocalTime.of(23, 59))),
                Map.entry("ReminderService.stop", patient -> reminders.stop(patient)));

        operations.forEach((operation, call) -> {
            assertThat(saved(call.apply(new PatientActor(own)))).as("own care: %s", operation).isTrue();
            assertThat(call.apply(new PatientActor(stranger))).as("no account: %s", operation)
                    .isInstanceOf(Result.NotFound.class);
        });
        saved(invitations.revoke(lead, own));
        operations.forEach((operation, call) -> assertThat(call.apply(new PatientActor(own)))
                .as("revoked: %s", operation).isInstanceOf(Result.NotFound.class));
        assertThat(operations.keySet()).isEqualTo(OPERATIONS.entrySet().stream()
                .filter(e -> e.getValue() == Rule.OWN_CARE).map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    @Test
    void everyServiceOperationHasARow() {
        Set<String> operations = publicOperations().map(AccessMatrixTest::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(operations).isEqualTo(new TreeSet<>(OPERATIONS.keySet()));
    }

    @Test
    void caseloadOperationsAllowTheOwnCaseloadAndTheLeadOnly() {
        Map<String, BiFunction<Actor, PatientId, Boolean>> checks = Map.ofEntries(
                Map.entry("PatientService.open", (actor, id) -> patients.open(actor, id).isPresent()),
                Map.entry("PatientService.update",
                        (actor, id) -> saved(patients.update(actor, id, version(id), sameDetailsOf(id)))),
                Map.entry("PatientService.archive", (actor, id) -> saved(patients.archive(actor, id, version(id)))),
                Map.entry("PatientService.restore", (actor, id) -> saved(patients.restore(actor, id, version(id)))),
                Map.entry("PatientService.refuseTakenMrn", (actor, id) ->
                        patients.refuseTakenMrn(actor, Optional.of(id)) instanceof Result.Rejected),
                Map.entry("RosterService.roster", (actor, id) -> rosterFinds(actor, id)),
                Map.entry("RosterService.count", (actor, id) -> roster.count(actor, byMrnOf(id)) > 0),
                Map.entry("RosterService.export", (actor, id) -> {
                    List<RosterRow> exported = new ArrayList<>();
                    roster.export(actor, byMrnOf(id), List.of(), rows(exported));
                    return exported.stream().map(RosterRow::id).anyMatch(id::equals);
                }),
                Map.entry("CareRecordService.read", (actor, id) -> care.read(actor, id).isPresent()),
                Map.entry("EpisodeService.open", (actor, id) -> saved(episodes.open(actor, activeAgain(id),
                        episodeDraft(), Set.of()))),
                Map.entry("EpisodeService.edit", (actor, id) -> {
                    Episode episode = freshEpisode(id);
                    return saved(episodes.edit(actor, episode.id(), episode.version(), episodeDraft()));
                }),
                Map.entry("EpisodeService.putOnHold", (actor, id) -> {
                    Episode episode = freshEpisode(id);
                    return saved(episodes.putOnHold(actor, episode.id(), episode.version()));
                }),
                Map.entry("EpisodeService.resume", (actor, id) -> {
                    Episode episode = freshEpisode(id);
                    return saved(episodes.resume(actor, episode.id(), episode.version()));
                }),
                Map.entry("EpisodeService.discharge", (actor, id) -> {
                    Episode episode = freshEpisode(id);
                    return saved(episodes.discharge(actor, episode.id(), episode.version(), LocalDate.now(),
                            "Matrix discharge"));
                }),
                Map.entry("CheckInService.record", (actor, id) -> saved(checkIns.record(actor, freshEpisode(id).id(),
                        new CheckInDraft(LocalDateTime.now().minusMinutes(5), CheckInSource.PHONE, 3, 2, Set.of(),
                                Set.of(), "")))),
                Map.entry("RedFlagService.acknowledge", (actor, id) -> {
                    RaisedFlag flag = freshFlag(id);
                    return saved(flags.acknowledge(actor, flag.id(), flag.version(),
                            AcknowledgementAction.REVIEWED_NOT_A_CONCERN, "Matrix check"));
                }),
                Map.entry("ProgramService.start", (actor, id) -> saved(programs.start(actor, freshEpisode(id).id(),
                        programDraft(4)))),
                Map.entry("ProgramService.revise", (actor, id) -> {
                    Program program = freshProgram(id);
                    return saved(programs.revise(actor, program.id(), program.version(), programDraft(6)));
                }),
                Map.entry("ProgramService.recordSession", (actor, id) -> {
                    Program program = freshProgram(id);
                    return saved(programs.recordSession(actor, program.id(), new SessionDraft(LocalDate.now(),
                            Set.of(program.latest().prescriptions().getFirst().exercise()), 2, 1, false, "",
                            SessionSource.PHONE)));
                }),
                Map.entry("ProgramService.handout", (actor, id) -> programs.handout(actor, freshProgram(id).id())
                        .isPresent()),
                Map.entry("OutcomeService.record", (actor, id) -> saved(outcomes.record(actor, freshEpisode(id).id(),
                        LocalDate.now(), () -> new StartBackAnswers(Set.of(), Bothersomeness.SLIGHTLY)))),
                // a fresh episode has its intake questionnaires due, so it is on the worklist
                Map.entry("WorklistService.today", (actor, id) -> {
                    freshEpisode(id);
                    return worklist.today(actor, Optional.empty()).items().stream()
                            .anyMatch(item -> item.patient().id().equals(id));
                }),
                Map.entry("AppInvitationService.invite", (actor, id) -> {
                    freshEpisode(id);
                    return saved(invitations.invite(actor, id));
                }),
                Map.entry("AppInvitationService.access", (actor, id) -> invitations.access(actor, id).isPresent()),
                Map.entry("AppInvitationService.revoke", (actor, id) -> {
                    freshEpisode(id);
                    savedValue(invitations.invite(lead, id));
                    return saved(invitations.revoke(actor, id));
                }),
                Map.entry("WorklistService.acknowledge", (actor, id) -> {
                    Episode episode = freshEpisode(id);
                    return saved(worklist.acknowledge(actor, new ItemKey(episode.id(), ItemKind.REASSESSMENT_DUE,
                            Severity.LOW, episode.details().startDate()), "Matrix check"));
                }));
        PatientId own = firstPatientOf(therapist);
        PatientId others = firstPatientOf(new Actor(colleague.id(), colleague.role()));

        checks.forEach((operation, allowed) -> {
            assertThat(allowed.apply(therapist, own)).as("therapist, own patient: %s", operation).isTrue();
            int denials = deniedAttemptsOn(others);
            assertThat(allowed.apply(therapist, others)).as("therapist, another caseload: %s", operation).isFalse();
            // lists are scoped, not refused: someone else's patient is simply not on them
            if (!operation.startsWith("RosterService.") && !operation.equals("WorklistService.today")) {
                assertThat(deniedAttemptsOn(others)).as("refused %s is audited", operation).isEqualTo(denials + 1);
            }
            assertThat(allowed.apply(lead, others)).as("lead: %s", operation).isTrue();
        });
        Set<String> checked = new TreeSet<>(checks.keySet());
        checked.add("PatientService.register"); // its own test below: the caseload is always the therapist's
        assertThat(checked).isEqualTo(OPERATIONS.entrySet().stream().filter(e -> e.getValue() == Rule.CASELOAD)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void aTherapistRegistersOntoTheirOwnCaseloadWhateverTheFormSays() {
        PatientDraft draft = new PatientDraft("AM-" + UUID.randomUUID().toString().substring(0, 8), "Matrix",
                "Tester", LocalDate.of(1980, 1, 1), Sex.UNKNOWN, "", "", Optional.of(colleague.id()));

        Patient registered = ((Result.Saved<Patient>) patients.register(therapist, draft)).value();

        assertThat(registered.therapist()).isEqualTo(therapist.id());
    }

    @Test
    void leadOnlyOperationsRefuseTherapists() {
        PatientId own = firstPatientOf(therapist);
        Clinician throwaway = Clinician.create(new Username("matrix-" + UUID.randomUUID().toString().substring(0, 8)),
                "Matrix Throwaway", "{noop}x", Role.THERAPIST);
        clinicians.add(throwaway);
        Exercise scratch = savedValue(library.addExercise(lead, exerciseDraft()));
        ProgramTemplate scratchTemplate = savedValue(library.saveTemplate(lead, Optional.empty(), 0,
                "Matrix " + UUID.randomUUID(), "", programDraft(4)));
        ApiClient scratchClient = savedValue(apiClients.register(lead, new ApiClientDraft("Matrix scratch",
                Optional.empty(), LocalDate.now().plusDays(30)))).client();
        Map<String, java.util.function.Function<Actor, Object>> operations = Map.ofEntries(
                Map.entry("PatientService.reassign", actor -> patients.reassign(actor, own, version(own), therapist.id())),
                Map.entry("AuditService.search", actor -> audit.search(actor, AuditQuery.everything(), 0, 1)),
                Map.entry("ClinicOutcomesService.today", actor -> clinicOutcomes.today(actor)),
                Map.entry("AuditService.count", actor -> audit.count(actor, AuditQuery.everything())),
                Map.entry("AuditService.export", actor -> {
                    audit.export(actor, AuditQuery.everything(), rows(new ArrayList<>()));
                    return "exported";
                }),
                Map.entry("PatientImportService.preview", actor -> imports.preview(actor, List.of(importRow()),
                        ImportProgress.none())),
                Map.entry("PatientImportService.confirm", actor -> imports.confirm(actor, List.of(importRow()),
                        ImportProgress.none())),
                Map.entry("AccountAdministration.accounts", actor -> accounts.accounts(actor)),
                Map.entry("AccountAdministration.create", actor -> accounts.create(actor, "m-" + UUID.randomUUID().toString()
                        .substring(0, 8), "Matrix New", Role.THERAPIST, "a-long-enough-password", "")),
                Map.entry("AccountAdministration.resetPassword", actor -> accounts.resetPassword(actor, throwaway.id(),
                        "another-long-password")),
                Map.entry("AccountAdministration.deactivate", actor -> accounts.deactivate(actor, throwaway.id())),
                Map.entry("AccountAdministration.reactivate", actor -> accounts.reactivate(actor, throwaway.id())),
                Map.entry("AccountAdministration.changeRole", actor -> accounts.changeRole(actor, throwaway.id(), Role.THERAPIST)),
                Map.entry("AccountAdministration.changeEmail", actor -> accounts.changeEmail(actor, throwaway.id(),
                        clinicians.findById(throwaway.id()).orElseThrow().version(), "matrix@clinic.example")),
                Map.entry("LibraryService.addExercise", actor -> library.addExercise(actor, exerciseDraft())),
                Map.entry("LibraryService.editExercise", actor -> library.editExercise(actor, scratch.id(),
                        scratch.version(), exerciseDraft())),
                Map.entry("LibraryService.retireExercise", actor -> library.retireExercise(actor, scratch.id(),
                        scratch.version())),
                Map.entry("LibraryService.reinstateExercise", actor -> library.reinstateExercise(actor, scratch.id(),
                        scratch.version())),
                Map.entry("LibraryService.saveTemplate", actor -> library.saveTemplate(actor, Optional.empty(), 0,
                        "Matrix " + UUID.randomUUID(), "", programDraft(4))),
                Map.entry("LibraryService.retireTemplate", actor -> library.retireTemplate(actor, scratchTemplate.id(),
                        scratchTemplate.version())),
                Map.entry("ApiClientService.clients", actor -> apiClients.clients(actor)),
                Map.entry("ApiClientService.register", actor -> apiClients.register(actor, new ApiClientDraft(
                        "Matrix client", Optional.empty(), LocalDate.now().plusDays(30)))),
                Map.entry("ApiClientService.revoke", actor -> apiClients.revoke(actor, scratchClient.id(),
                        apiClients.clients(lead).stream().filter(row -> row.client().id().equals(scratchClient.id()))
                                .findFirst().orElseThrow().client().version())));

        operations.forEach((operation, call) -> {
            assertThat(OPERATIONS.get(operation)).isEqualTo(Rule.LEAD_ONLY);
            assertThat(refused(() -> call.apply(therapist))).as("therapist: %s", operation).isTrue();
            Object result = call.apply(lead);
            assertThat(result).as("lead: %s", operation)
                    .isNotInstanceOf(Result.NotFound.class).isNotInstanceOf(Result.NotFound.class)
                    .isNotInstanceOf(Result.NotFound.class);
        });
        assertThat(operations.keySet()).containsAll(OPERATIONS.entrySet().stream()
                .filter(e -> e.getValue() == Rule.LEAD_ONLY).map(Map.Entry::getKey).toList());
    }


    /** A row any lead can import: a new MRN onto therapist1's caseload. */
    private static ImportRow importRow() {
        return new ImportRow(2, Map.of(ImportColumn.MRN, "AM-" + UUID.randomUUID().toString().substring(0, 8),
                ImportColumn.GIVEN_NAME, "Matrix", ImportColumn.FAMILY_NAME, "Imported",
                ImportColumn.DATE_OF_BIRTH, "1980-01-01", ImportColumn.SEX, "unknown",
                ImportColumn.THERAPIST, "therapist1"), false);
    }

    /** Collects what an export hands over. */
    private static <T> RowSink<T> rows(List<T> into) {
        return new RowSink<>() {
            @Override
            public void begin() {
            }

            @Override
            public boolean accept(T row) {
                return into.add(row);
            }
        };
    }

    private static Stream<Method> publicOperations() {
        return SERVICES.stream().flatMap(service -> Arrays.stream(service.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()));
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    private int deniedAttemptsOn(PatientId id) {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'PATIENT_ACCESS_DENIED'"
                + " and patient_id = ?", Integer.class, id.value());
    }

    private static boolean refused(java.util.function.Supplier<Object> call) {
        try {
            call.get();
            return false;
        } catch (NotPermittedException e) {
            return true;
        }
    }

    private Actor actor(String username) {
        Clinician clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return new Actor(clinician.id(), clinician.role());
    }

    private PatientId firstPatientOf(Actor actor) {
        return roster.roster(actor, RosterQuery.everyone(), List.of(RosterSort.byName()), 0, 1).getFirst().id();
    }

    private Patient asLead(PatientId id) {
        return patients.open(lead, id).orElseThrow();
    }

    private long version(PatientId id) {
        return asLead(id).version();
    }

    private RosterQuery byMrnOf(PatientId id) {
        return new RosterQuery(Optional.of(asLead(id).details().mrn().value()), Optional.empty(), true);
    }

    private boolean rosterFinds(Actor actor, PatientId id) {
        return roster.roster(actor, byMrnOf(id), List.of(), 0, 10).stream().map(RosterRow::id).anyMatch(id::equals);
    }

    /** The stored details with the phone changed, so that an allowed update really saves. */
    private PatientDraft sameDetailsOf(PatientId id) {
        var d = asLead(id).details();
        String phone = "+44 20 7946 " + (1000 + (int) (Math.random() * 8999));
        return new PatientDraft(d.mrn().value(), d.name().given(), d.name().family(), d.dateOfBirth(), d.sex(),
                phone, d.contact().email().orElse(""), Optional.empty());
    }

    private static boolean saved(Result<?> result) {
        return result instanceof Result.Saved;
    }

    private static EpisodeDraft episodeDraft() {
        LocalDate today = LocalDate.now();
        return new EpisodeDraft(BodyRegion.LUMBAR, today.minusDays(20), OnsetPrecision.DAY, today.minusDays(10),
                WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());
    }

    /** A new episode opened by the lead, so each check acts on an episode in a known state. */
    private Episode freshEpisode(PatientId id) {
        return ((Result.Saved<Episode>) episodes.open(lead, activeAgain(id), episodeDraft(), Set.of())).value();
    }

    /** The archive check may have run first: care is only recorded for active patients. */
    private PatientId activeAgain(PatientId id) {
        Patient patient = asLead(id);
        if (patient.isArchived()) {
            patients.restore(lead, id, patient.version());
        }
        return id;
    }

    /** A program the lead starts on a new episode, so each check acts on a program in a known state. */
    private Program freshProgram(PatientId id) {
        return ((Result.Saved<Program>) programs.start(lead, freshEpisode(id).id(), programDraft(4))).value();
    }

    private ProgramDraft programDraft(int reps) {
        Exercise bridge = library.exercises("Bridge", Optional.empty(), false).getFirst();
        return new ProgramDraft(LocalDate.now(), List.of(new ProgramDraft.PrescriptionDraft(bridge.id(),
                new DosageDraft(3, EffortKind.REPS, reps, 5), "")));
    }

    private <T> T savedValue(Result<T> result) {
        return ((Result.Saved<T>) result).value();
    }

    private static ExerciseDraft exerciseDraft() {
        return new ExerciseDraft("Matrix " + UUID.randomUUID(), ExerciseCategory.MOBILITY, TargetRegion.LOWER_BACK,
                "One.\nTwo.\nThree.", "", new DosageDraft(1, EffortKind.REPS, 5, 3));
    }

    private RaisedFlag freshFlag(PatientId id) {
        Episode episode = freshEpisode(id);
        CheckInService.Recorded recorded = ((Result.Saved<CheckInService.Recorded>) checkIns.record(lead,
                episode.id(), new CheckInDraft(LocalDateTime.now().minusMinutes(5), CheckInSource.PHONE, 3, 2,
                        Set.of(), Set.of(RedFlag.WORSENING), ""))).value();
        return recorded.raised().getFirst();
    }
}
