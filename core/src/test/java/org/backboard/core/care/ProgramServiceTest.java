package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backboard.core.care.CareResults.rejectedFields;
import static org.backboard.core.care.CareResults.saved;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backboard.core.apiclient.InMemoryApiClients;
import org.backboard.core.audit.AuditAction;
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
import org.backboard.core.exercise.ExerciseDraft;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.InMemoryPatients;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientapp.InMemoryPatientApp;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.program.SessionSource;
import org.backboard.core.shared.NotPermittedException;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;

/** Programs, sessions and the library through their services: access, versioning, conflicts, audit. */
class ProgramServiceTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(15, 0).atZone(ZONE).toInstant(), ZONE);

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryPatients patients = new InMemoryPatients();
    private final InMemoryCare.InMemoryEpisodes episodes = new InMemoryCare.InMemoryEpisodes();
    private final InMemoryPrograms.InMemoryExercises exercises = new InMemoryPrograms.InMemoryExercises();
    private final InMemoryPrograms.InMemoryProgramStore programStore = new InMemoryPrograms.InMemoryProgramStore();
    private final InMemoryPrograms.InMemorySessions sessions = new InMemoryPrograms.InMemorySessions();
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final ProgramService programs = new ProgramService(programStore, sessions, exercises,
            new CareAccess(patients, episodes, clinicians, new InMemoryPatientApp.Accounts(),
                    new InMemoryApiClients(), audit, CLOCK),
            CLOCK);
    private final LibraryService library = new LibraryService(exercises, new InMemoryPrograms.InMemoryTemplates(),
            clinicians, audit, CLOCK);

    private final Actor lead = clinicians.enrol("lena.lead", "Lena Lead", Role.LEAD);
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);
    private final Exercise bridge = exercises.save(InMemoryPrograms.exercise("Bridge", ExerciseCategory.STRENGTH_CORE,
            Dosage.reps(3, 10, 5)));
    private final Exercise catCow = exercises.save(InMemoryPrograms.exercise("Cat Cow", ExerciseCategory.MOBILITY,
            Dosage.reps(2, 10, 7)));
    private final Episode episode = openEpisode();

    private Episode openEpisode() {
        Patient patient = patients.save(Patient.register(new PatientDetails(Mrn.of("AB-100"),
                new PersonName("Ada", "Lovelace"), LocalDate.of(1980, 1, 1), Sex.FEMALE, ContactDetails.of("", "")),
                tess.id(), CLOCK.instant()));
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, TODAY.minusDays(20), OnsetPrecision.DAY,
                TODAY.minusDays(14), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());
        return episodes.save(Episode.open(patient.id(), draft.toDetails(), tess.id()));
    }

    private static ProgramDraft.PrescriptionDraft item(Exercise exercise, int reps) {
        return new ProgramDraft.PrescriptionDraft(exercise.id(), new DosageDraft(3, EffortKind.REPS, reps, 5), "");
    }

    private Program started() {
        return saved(programs.start(tess, episode.id(), new ProgramDraft(TODAY.minusDays(7),
                List.of(item(bridge, 10), item(catCow, 10)))));
    }


    @Test
    void aTherapistStartsAProgramAndRevisesItIntoASecondVersion() {
        Program program = started();
        Program revised = saved(programs.revise(tess, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(bridge, 12), item(catCow, 10)))));

        assertThat(revised.versions()).extracting(v -> v.number()).containsExactly(1, 2);
        assertThat(revised.versions().getFirst()).isEqualTo(program.latest());
        assertThat(revised.latest().author()).isEqualTo(tess.id());
        assertThat(audit.actions()).containsSubsequence(AuditAction.PROGRAM_STARTED, AuditAction.PROGRAM_REVISED);
    }

    @Test
    void theSecondOfTwoConcurrentRevisionsGetsAConflictAndTheFirstIsKept() {
        Program program = started();
        Program first = saved(programs.revise(tess, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(bridge, 12), item(catCow, 10)))));
        Result<Program> second = programs.revise(lead, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(bridge, 8))));

        assertThat(second).isInstanceOf(Result.Conflict.class);
        assertThat(programStore.find(program.id()).orElseThrow().versions()).isEqualTo(first.versions());
    }

    @Test
    void aRevisionCannotReachIntoThePastOrRepeatTheCurrentVersion() {
        Program program = started();
        assertThat(rejectedFields(programs.revise(tess, program.id(), program.version(),
                new ProgramDraft(TODAY.minusDays(1), List.of(item(bridge, 12)))))).containsExactly("effectiveFrom");
        assertThat(rejectedFields(programs.revise(tess, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(bridge, 10), item(catCow, 10)))))).containsExactly("items");
    }

    @Test
    void aProgramStartsNoEarlierThanItsEpisodeAndOnlyOncePerEpisode() {
        assertThat(rejectedFields(programs.start(tess, episode.id(), new ProgramDraft(TODAY.minusDays(15),
                List.of(item(bridge, 10)))))).containsExactly("effectiveFrom");
        started();
        assertThat(programs.start(tess, episode.id(), new ProgramDraft(TODAY, List.of(item(bridge, 10)))))
                .isInstanceOf(Result.Conflict.class);
    }

    @Test
    void anotherTherapistCannotSeeOrChangeTheProgram() {
        Program program = started();
        assertThat(programs.revise(theo, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(bridge, 12))))).isInstanceOf(Result.NotFound.class);
        assertThat(programs.handout(theo, program.id())).isEmpty();
        assertThat(audit.actions()).endsWith(AuditAction.PATIENT_ACCESS_DENIED);
        assertThat(programs.handout(lead, program.id())).isPresent();
        assertThat(audit.actions()).endsWith(AuditAction.PROGRAM_HANDOUT_VIEWED);
    }

    @Test
    void aDischargedEpisodesProgramNoLongerChanges() {
        Program program = started();
        episodes.save(episodes.find(episode.id()).orElseThrow().discharge(new Discharge(TODAY, "Goals met"), TODAY));
        assertThat(rejectedFields(programs.revise(tess, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(bridge, 12)))))).containsExactly("episode");
        assertThat(rejectedFields(programs.recordSession(tess, program.id(), new SessionDraft(TODAY,
                Set.of(bridge.id()), null, null, false, "", SessionSource.PHONE)))).containsExactly("episode");
    }

    @Test
    void aClinicianCannotRecordASessionAsIfThePatientAppSentIt() {
        Program program = started();
        assertThat(rejectedFields(programs.recordSession(tess, program.id(), new SessionDraft(TODAY,
                Set.of(bridge.id()), null, null, false, "", SessionSource.PATIENT_APP)))).containsExactly("source");
    }

    @Test
    void reorderingTheSameExercisesIsNotANewVersion() {
        Program program = started();
        assertThat(rejectedFields(programs.revise(tess, program.id(), program.version(),
                new ProgramDraft(TODAY, List.of(item(catCow, 10), item(bridge, 10)))))).containsExactly("items");
    }

    @Test
    void aRecordedSessionShowsInThisWeeksCompletions() {
        Program program = started();
        saved(programs.recordSession(tess, program.id(), new SessionDraft(TODAY.minusDays(1), Set.of(bridge.id()),
                4, 3, true, "knee sore", SessionSource.PHONE)));
        assertThat(rejectedFields(programs.recordSession(tess, program.id(), new SessionDraft(TODAY.plusDays(1),
                Set.of(bridge.id()), null, null, false, "", SessionSource.PHONE)))).containsExactly("date");

        ProgramOverview overview = programs.overviews(List.of(episode)).get(episode.id());
        assertThat(overview.week().orElseThrow().sessionsDone()).isEqualTo(1);
        assertThat(overview.week().orElseThrow().anyTooHard()).isTrue();
        assertThat(overview.nameOf(bridge.id())).isEqualTo("Bridge");
        assertThat(audit.actions()).endsWith(AuditAction.EXERCISE_SESSION_RECORDED);
    }

    @Test
    void onlyLeadsChangeTheLibraryAndARetiredExerciseCannotStartAProgram() {
        ExerciseDraft draft = new ExerciseDraft("Superman", ExerciseCategory.STRENGTH_CORE, TargetRegion.LOWER_BACK,
                "Lie face down.\nLift arms and legs.\nLower.", "", new DosageDraft(2, EffortKind.HOLD, 10, 3));
        assertThatThrownBy(() -> library.addExercise(tess, draft)).isInstanceOf(NotPermittedException.class);
        Exercise superman = saved(library.addExercise(lead, draft));
        assertThat(rejectedFields(library.addExercise(lead, draft))).containsExactly("name");

        Exercise retired = saved(library.retireExercise(lead, superman.id(), superman.version()));
        assertThat(library.exercises("super", Optional.empty(), false)).isEmpty();
        assertThat(library.exercises("super", Optional.empty(), true)).containsExactly(retired);
        assertThat(rejectedFields(programs.start(tess, episode.id(), new ProgramDraft(TODAY,
                List.of(item(retired, 10)))))).containsExactly("items.0.exercise");
        assertThat(audit.actions()).containsSubsequence(AuditAction.EXERCISE_ADDED, AuditAction.EXERCISE_RETIRED);
    }

    @Test
    void leadsSaveTemplatesWithUniqueNames() {
        ProgramDraft items = new ProgramDraft(null, List.of(item(bridge, 10), item(catCow, 10)));
        ProgramTemplate basics = saved(library.saveTemplate(lead, Optional.empty(), 0, "Basics", "", items));
        assertThat(rejectedFields(library.saveTemplate(lead, Optional.empty(), 0, "basics", "", items)))
                .containsExactly("name");
        ProgramTemplate edited = saved(library.saveTemplate(lead, Optional.of(basics.id()), basics.version(),
                "Basics", "Two moves", new ProgramDraft(null, List.of(item(bridge, 12)))));
        assertThat(library.saveTemplate(lead, Optional.of(basics.id()), basics.version(), "Basics", "", items))
                .isInstanceOf(Result.Conflict.class);
        assertThat(library.templates(false)).containsExactly(edited);
    }
}
