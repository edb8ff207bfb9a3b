package org.backboard.persistence.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.SessionSeeding;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramTemplates;
import org.backboard.core.program.Programs;
import org.backboard.core.program.SessionId;
import org.backboard.core.program.SessionSource;
import org.backboard.core.program.TemplateId;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.symptom.PainScore;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The exercise library, templates, program versions and sessions on PostgreSQL. */
@PersistenceTest
class ProgramStoresTest {

    private static final LocalDate START = LocalDate.of(2026, 10, 1);
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z").truncatedTo(ChronoUnit.MICROS);

    @Autowired
    Exercises exercises;
    @Autowired
    ProgramTemplates templates;
    @Autowired
    Programs programs;
    @Autowired
    ExerciseSessions sessions;
    @Autowired
    SessionSeeding sessionSeeding;
    @Autowired
    Episodes episodes;
    @Autowired
    Patients patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    Clinician therapist;
    Episode episode;

    @BeforeEach
    void anEpisode() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        Patient patient = patients.save(Fixtures.patient(therapist, "Okafor", LocalDate.of(1975, 5, 5)));
        episode = episodes.save(Fixtures.lumbarEpisode(patient, START.minusDays(10)));
    }

    private Exercise named(String name) {
        return exercises.all().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void theReferenceLibraryAndTheSeedsTemplatesAreLoadedByTheMigration() {
        assertThat(exercises.all()).extracting(Exercise::name).contains("Downward Dog", "Cat Cow", "Glute Stretch",
                "Standing Child's Pose", "Bridge", "Open Book Rotation", "Knee Rocking", "Diaphragmatic Breathing",
                "Bird Dog", "Pelvic Tilt", "Single Knee to Chest", "Prone Press-up", "Dead Bug",
                "Modified Side Plank", "Walking");
        assertThat(exercises.all()).allSatisfy(e -> assertThat(e.details().steps()).hasSizeBetween(3, 6));
        assertThat(named("Walking").details().category()).isEqualTo(ExerciseCategory.AEROBIC);
        assertThat(named("Glute Stretch").details().defaultDosage()).isEqualTo(Dosage.hold(3, 30, 7));

        ProgramTemplate basics = templates.all().stream().filter(t -> t.name().equals("Back pain basics"))
                .findFirst().orElseThrow();
        assertThat(basics.prescriptions()).extracting(p -> exercises.find(p.exercise()).orElseThrow().name())
                .containsExactly("Downward Dog", "Cat Cow", "Glute Stretch");
        assertThat(templates.all()).extracting(ProgramTemplate::name)
                .contains("Back pain basics", "Stiff back", "Core strength");
    }

    @Test
    void anExerciseSavesWithItsVersionAndAStaleSaveIsRefused() {
        ExerciseDetails bridge = named("Bridge").details();
        Exercise added = exercises.save(Exercise.add(new ExerciseDetails("Bridge " + System.nanoTime(),
                bridge.category(), bridge.region(), bridge.steps(), bridge.cautions(), bridge.defaultDosage())));
        Exercise retired = exercises.save(added.retire());
        assertThat(exercises.find(added.id())).contains(retired);
        assertThat(exercises.nameTaken(added.name().toUpperCase(), Optional.empty())).isTrue();
        assertThat(exercises.nameTaken(added.name(), Optional.of(added.id()))).isFalse();
        assertThatThrownBy(() -> exercises.save(added.reinstate())).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aNameTakenBetweenTheCheckAndTheSaveIsALostRace() {
        Exercise bridge = named("Bridge");
        ExerciseDetails sameName = new ExerciseDetails(bridge.name().toUpperCase(), bridge.details().category(),
                bridge.details().region(), bridge.details().steps(), bridge.details().cautions(),
                bridge.details().defaultDosage());

        assertThatThrownBy(() -> exercises.save(Exercise.add(sameName))).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aTemplateRoundTripsWithItsExercisesInOrderAndAStaleSaveIsRefused() {
        Prescription downwardDog = new Prescription(named("Downward Dog").id(), Dosage.hold(2, 20, 5), "slowly");
        Prescription catCow = new Prescription(named("Cat Cow").id(), Dosage.reps(2, 10, 7), "");
        Prescription bridge = new Prescription(named("Bridge").id(), Dosage.reps(3, 12, 3), "");
        ProgramTemplate added = templates.save(new ProgramTemplate(TemplateId.newId(), "Mornings " + System.nanoTime(),
                "Before work", List.of(downwardDog, catCow), false, 0));
        assertThat(templates.find(added.id())).contains(added);

        // swapped and extended: the unique (template, exercise) pair must not trip over the old rows
        ProgramTemplate edited = templates.save(added.edit(added.name(), "", List.of(catCow, downwardDog, bridge)));

        assertThat(edited.version()).isGreaterThan(added.version());
        assertThat(templates.find(added.id())).contains(edited);
        assertThat(templates.all()).contains(edited);
        assertThatThrownBy(() -> templates.save(added.retire())).isInstanceOf(ConcurrentChangeException.class);
        assertThat(templates.find(added.id()).orElseThrow().retired()).isFalse();
    }

    @Test
    void aProgramRoundTripsWithEveryVersionAndARevisionOnAStaleProgramIsRefused() {
        ExerciseId bridge = named("Bridge").id();
        ExerciseId catCow = named("Cat Cow").id();
        Program started = programs.add(Program.start(episode.id(), episode.patient(), START,
                List.of(new Prescription(bridge, Dosage.reps(3, 10, 5), "slowly"),
                        new Prescription(catCow, Dosage.hold(2, 20, 7), "")), therapist.id(), AT));
        Program revised = programs.addVersion(started.revise(START.plusDays(14),
                List.of(new Prescription(bridge, Dosage.reps(3, 12, 5), "")), therapist.id(), AT.plusSeconds(60)));

        assertThat(programs.find(started.id())).contains(revised);
        assertThat(programs.forEpisodes(List.of(episode.id()))).isEqualTo(Map.of(episode.id(), revised));
        assertThatThrownBy(() -> programs.addVersion(started.revise(START.plusDays(15),
                List.of(new Prescription(catCow, Dosage.reps(1, 5, 5), "")), therapist.id(), AT)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(programs.find(started.id()).orElseThrow().versions()).hasSize(2);
    }

    @Test
    void theDatabaseRefusesToEditAPastVersionOrAddASecondProgramToAnEpisode() {
        Program program = programs.add(Program.start(episode.id(), episode.patient(), START,
                List.of(new Prescription(named("Bridge").id(), Dosage.reps(3, 10, 5), "")), therapist.id(), AT));
        assertThatThrownBy(() -> jdbc.update("update prescription set sets = 1 where program_id = ?",
                program.id().value())).hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("delete from program_version where program_id = ?",
                program.id().value())).hasMessageContaining("never changed");
        assertThatThrownBy(() -> programs.add(Program.start(episode.id(), episode.patient(), START,
                List.of(new Prescription(named("Bridge").id(), Dosage.reps(3, 10, 5), "")), therapist.id(), AT)))
                .as("program_one_per_episode, reported as the race it is").isInstanceOf(ConcurrentChangeException.class);
        assertThat(programs.forEpisodes(List.of(episode.id()))).containsOnlyKeys(episode.id());
    }

    @Test
    void sessionsAreReadBackPerProgramWithinTheWindow() {
        ExerciseId bridge = named("Bridge").id();
        Program program = programs.add(Program.start(episode.id(), episode.patient(), START,
                List.of(new Prescription(bridge, Dosage.reps(3, 10, 5), "")), therapist.id(), AT));
        ExerciseSession inside = new ExerciseSession(SessionId.newId(), program.id(), program.patient(),
                START.plusDays(3), Set.of(bridge), Optional.of(new PainScore(4)), Optional.empty(), true, "sore",
                SessionSource.PHONE, Optional.of(therapist.id()), AT);
        ExerciseSession fromApp = new ExerciseSession(SessionId.newId(), program.id(), program.patient(),
                START.plusDays(4), Set.of(bridge), Optional.empty(), Optional.of(new PainScore(2)), false, "",
                SessionSource.PATIENT_APP, Optional.empty(), AT);
        ExerciseSession outside = new ExerciseSession(SessionId.newId(), program.id(), program.patient(),
                START.plusDays(9), Set.of(bridge), Optional.empty(), Optional.empty(), false, "",
                SessionSource.CLINIC_VISIT, Optional.of(therapist.id()), AT);
        sessions.add(inside);
        sessionSeeding.insertAll(List.of(fromApp, outside));

        assertThat(sessions.between(List.of(program.id(), new ProgramId(UUID.randomUUID())),
                START.plusDays(3), START.plusDays(8))).isEqualTo(Map.of(program.id(), List.of(inside, fromApp)));
        assertThatThrownBy(() -> jdbc.update("update exercise_session set source = 'PHONE', recorded_by = null"
                + " where id = ?", fromApp.id().value())).hasMessageContaining("exercise_session_recorder_named");
    }
}
