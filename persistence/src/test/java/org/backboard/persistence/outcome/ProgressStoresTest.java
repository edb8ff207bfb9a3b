package org.backboard.persistence.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinic.ClinicFigures;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.ExerciseSessions;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramAdherence;
import org.backboard.core.program.Programs;
import org.backboard.core.program.SessionId;
import org.backboard.core.program.SessionSource;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.Episodes;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.outcome.OutcomeSeeding;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.Patients;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.CheckIns;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.worklist.ItemAcknowledgement;
import org.backboard.core.worklist.ItemAcknowledgements;
import org.backboard.core.worklist.ItemKey;
import org.backboard.core.worklist.ItemKind;
import org.backboard.core.worklist.OpenEpisode;
import org.backboard.core.worklist.Severity;
import org.backboard.core.worklist.WorklistSources;
import org.backboard.persistence.Fixtures;
import org.backboard.persistence.PersistenceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Questionnaires, the pain marks the triggers keep, the worklist's reads and acknowledgements on PostgreSQL. */
@PersistenceTest
class ProgressStoresTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 8, 1);
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z").truncatedTo(ChronoUnit.MICROS);

    @Autowired
    OutcomeMeasures outcomes;
    @Autowired
    OutcomeSeeding outcomeSeeding;
    @Autowired
    CheckIns checkIns;
    @Autowired
    WorklistSources worklist;
    @Autowired
    ItemAcknowledgements acknowledgements;
    @Autowired
    Episodes episodes;
    @Autowired
    Patients patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    ClinicFigures figures;
    @Autowired
    RaisedFlags flags;
    @Autowired
    Programs programs;
    @Autowired
    ExerciseSessions sessions;
    @Autowired
    JdbcTemplate jdbc;

    Clinician therapist;
    Patient patient;
    Episode episode;

    @BeforeEach
    void anEpisode() {
        therapist = Fixtures.therapist();
        clinicians.add(therapist);
        patient = patients.save(Fixtures.patient(therapist, "Okafor", LocalDate.of(1975, 5, 5)));
        episode = episodes.save(Fixtures.lumbarEpisode(patient, ONSET));
    }

    private OutcomeAdministration taken(LocalDate on, org.backboard.core.outcome.Measurement measurement) {
        return new OutcomeAdministration(OutcomeId.newId(), episode.id(), patient.id(), on, measurement,
                therapist.id(), AT);
    }

    private void checkIn(LocalDate day, int pain) {
        checkIns.add(new CheckIn(UUID.randomUUID(), episode.id(), day.atTime(12, 0).toInstant(ZoneOffset.UTC),
                CheckInSource.PHONE, Optional.of(new PainScore(pain)), Optional.of(new PainScore(3)), Set.of(), Set.of(), Optional.empty(),
                therapist.id()));
    }

    @Test
    void everyInstrumentRoundTripsWithItsAnswers() {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        for (OswestrySection section : OswestrySection.values()) {
            if (section != OswestrySection.SEX_LIFE && section != OswestrySection.TRAVELLING) {
                answers.put(section, section.ordinal() % 6);
            }
        }
        OutcomeAdministration odi = taken(ONSET.plusDays(3), new OdiAnswers(answers));
        OutcomeAdministration startBack = taken(ONSET.plusDays(3), new StartBackAnswers(
                Set.of(StartBackItem.LEG_PAIN, StartBackItem.WORRYING_THOUGHTS), Bothersomeness.VERY_MUCH));
        OutcomeAdministration psfs = taken(ONSET.plusDays(4), new PsfsAnswers(List.of(
                new PsfsAnswers.Activity("Gardening", 2), new PsfsAnswers.Activity("Lifting a child", 3),
                new PsfsAnswers.Activity("Driving", 3))));
        outcomes.add(odi);
        outcomeSeeding.insertAll(List.of(startBack, psfs));

        assertThat(outcomes.forEpisodes(List.of(episode.id())).get(episode.id())).containsExactly(odi, startBack, psfs);
        assertThat(jdbc.queryForObject("select score from outcome_measure where id = ?", Double.class,
                psfs.id().value())).isEqualTo(2.7);
    }

    @Test
    void aQuestionnaireThePatientAnsweredIsKeptWithoutARecorderButTheSchemaWantsOneForTheOswestry() {
        OutcomeAdministration startBack = new OutcomeAdministration(OutcomeId.newId(), episode.id(), patient.id(),
                ONSET.plusDays(5), new StartBackAnswers(Set.of(StartBackItem.NO_ENJOYMENT), Bothersomeness.SLIGHTLY),
                Optional.empty(), AT);
        OutcomeAdministration psfs = new OutcomeAdministration(OutcomeId.newId(), episode.id(), patient.id(),
                ONSET.plusDays(5), new PsfsAnswers(List.of(new PsfsAnswers.Activity("Gardening", 2),
                new PsfsAnswers.Activity("Driving", 6), new PsfsAnswers.Activity("Sitting", 5))), Optional.empty(), AT);
        outcomes.add(startBack);
        outcomeSeeding.insertAll(List.of(psfs));

        assertThat(outcomes.forEpisodes(List.of(episode.id())).get(episode.id())).containsExactly(startBack, psfs)
                .allMatch(OutcomeAdministration::patientReported);
        assertThat(jdbc.queryForObject("select count(*) from outcome_measure where episode_id = ? and recorded_by is null",
                Integer.class, episode.id().value())).isEqualTo(2);
        assertThatThrownBy(() -> jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, odi_answers, score,
                                             recorded_by, recorded_at)
                values (?, ?, ?, 'ODI', current_date, '{1,1,1,1,1,1,1,1,1,1}', 20, null, now())""",
                UUID.randomUUID(), episode.id().value(), patient.id().value()))
                .hasMessageContaining("outcome_measure_recorder_named");
    }

    @Test
    void thePatientsSameQuestionnaireFromTwoDevicesAtOnceIsKeptOnce() {
        OutcomeAdministration fromThePhone = new OutcomeAdministration(OutcomeId.newId(), episode.id(), patient.id(),
                ONSET.plusDays(5), new StartBackAnswers(Set.of(), Bothersomeness.SLIGHTLY), Optional.empty(), AT);
        OutcomeAdministration fromTheTablet = new OutcomeAdministration(OutcomeId.newId(), episode.id(),
                patient.id(), ONSET.plusDays(5), new StartBackAnswers(Set.of(), Bothersomeness.EXTREMELY),
                Optional.empty(), AT);
        outcomes.add(fromThePhone);

        assertThatThrownBy(() -> outcomes.add(fromTheTablet)).isInstanceOf(ConcurrentChangeException.class);
        outcomes.add(taken(ONSET.plusDays(5), new StartBackAnswers(Set.of(), Bothersomeness.MODERATELY)));
        outcomes.add(taken(ONSET.plusDays(5), new StartBackAnswers(Set.of(), Bothersomeness.MODERATELY)));
        assertThat(outcomes.forEpisodes(List.of(episode.id())).get(episode.id()))
                .as("clinicians' entries are not limited").hasSize(3);
    }

    @Test
    void theSchemaRefusesAnIncompleteOswestryAndAnyChangeToAKeptOne() {
        OutcomeAdministration odi = taken(ONSET, new OdiAnswers(Map.of(OswestrySection.LIFTING, 2,
                OswestrySection.WALKING, 2, OswestrySection.SITTING, 2, OswestrySection.STANDING, 2,
                OswestrySection.SLEEPING, 2, OswestrySection.SOCIAL_LIFE, 2, OswestrySection.TRAVELLING, 2,
                OswestrySection.PAIN_INTENSITY, 2)));
        outcomes.add(odi);
        assertThatThrownBy(() -> jdbc.update("update outcome_measure set score = 1 where id = ?", odi.id().value()))
                .hasMessageContaining("never changed");
        assertThatThrownBy(() -> jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, odi_answers, score,
                                             recorded_by, recorded_at)
                values (?, ?, ?, 'ODI', current_date, '{1,1,1,1,1,1,1,null,null,null}', 20, ?, now())""",
                UUID.randomUUID(), episode.id().value(), patient.id().value(), therapist.id().value()))
                .hasMessageContaining("outcome_measure_odi_shape");
    }

    @Test
    void thePainMarksFollowEveryCheckInAndAMovedOnset() {
        checkIn(ONSET.plusDays(2), 7);   // baseline
        checkIn(ONSET.plusDays(27), 5);  // last before day 28: week 4
        checkIn(ONSET.plusDays(28), 4);
        checkIn(ONSET.plusDays(90), 2);  // latest, after week 12
        Map<String, Object> marks = jdbc.queryForMap("select * from episode_pain where episode_id = ?",
                episode.id().value());
        assertThat(marks).containsEntry("baseline", 7).containsEntry("latest", 2)
                .containsEntry("week4", 5).containsEntry("week8", 4).containsEntry("week12", 4);

        OpenEpisode open = worklist.openEpisodes(Optional.of(therapist.id()), ZoneOffset.UTC).stream()
                .filter(e -> e.id().equals(episode.id())).findFirst().orElseThrow();
        assertThat(open.baseline().orElseThrow().score().value()).isEqualTo(7);
        assertThat(open.latest().orElseThrow().on()).isEqualTo(ONSET.plusDays(90));
        assertThat(open.patient().name()).isEqualTo("Okafor, Alex");

        // the onset moves a day later: the day-28 check-in now falls in week 4
        jdbc.update("update episode set onset_date = onset_date + 1 where id = ?", episode.id().value());
        assertThat(jdbc.queryForObject("select week4 from episode_pain where episode_id = ?", Integer.class,
                episode.id().value())).isEqualTo(4);
    }

    @Test
    void aCheckInWithoutScoresIsKeptAndThePainMarksSkipItButNotTheLastActivity() {
        checkIn(ONSET.plusDays(2), 7);
        checkIn(ONSET.plusDays(20), 5);
        CheckIn call = new CheckIn(UUID.randomUUID(), episode.id(), ONSET.plusDays(30).atTime(12, 0)
                .toInstant(ZoneOffset.UTC), CheckInSource.PHONE, Optional.empty(), Optional.empty(), Set.of(),
                Set.of(RedFlag.FEVER), Optional.empty(), therapist.id());
        checkIns.add(call);

        assertThat(checkIns.timeline(episode.id()).getLast()).isEqualTo(call);
        Map<String, Object> marks = jdbc.queryForMap("select * from episode_pain where episode_id = ?",
                episode.id().value());
        assertThat(marks).containsEntry("baseline", 7).containsEntry("latest", 5).containsEntry("week8", 5);
        OpenEpisode open = worklist.openEpisodesOf(patient.id(), ZoneOffset.UTC).getFirst();
        assertThat(open.latest().orElseThrow().on()).isEqualTo(ONSET.plusDays(20));
        assertThat(open.lastCheckIn()).contains(ONSET.plusDays(30));
        assertThatThrownBy(() -> jdbc.update("update check_in set red_flags = '{}' where id = ?", call.id()))
                .hasMessageContaining("check_in_records_something");
    }

    @Test
    void theClinicFiguresAddUpVersionsAsTheCoreRuleDoes() {
        checkIn(ONSET.plusDays(2), 7);
        checkIn(ONSET.plusDays(27), 5);
        LocalDate today = ONSET.plusDays(100);
        assertThat(figures.painAtWeek(4, today.minusDays(28))).anySatisfy(pair -> {
            assertThat(pair.baseline()).isEqualTo(7);
            assertThat(pair.atWeek()).isEqualTo(5);
        });

        ExerciseId bridge = new ExerciseId(jdbc.queryForObject("select id from exercise where name = 'Bridge'",
                UUID.class));
        LocalDate from = today.minusDays(27);
        // the test database may hold other clinics' programs (the ui tests' demo): count this one's pair
        List<ClinicFigures.SessionPair> before = figures.sessionsBetween(from, today);
        Program program = programs.add(Program.start(episode.id(), patient.id(), from.minusDays(3),
                List.of(new Prescription(bridge, Dosage.reps(3, 10, 5), "")), therapist.id(), AT));
        program = programs.addVersion(program.revise(from.plusDays(9), List.of(new Prescription(bridge,
                Dosage.reps(3, 12, 3), "")), therapist.id(), AT));
        program = programs.addVersion(program.revise(today.plusDays(5), List.of(new Prescription(bridge,
                Dosage.reps(3, 12, 7), "")), therapist.id(), AT));
        for (int day = 0; day < 11; day++) {
            sessions.add(new ExerciseSession(SessionId.newId(), program.id(), patient.id(), from.plusDays(day * 2L),
                    Set.of(bridge), Optional.empty(), Optional.empty(), false, "", SessionSource.PHONE,
                    Optional.of(therapist.id()), AT));
        }
        long expected = ProgramAdherence.sessionDays(program, from, today);
        assertThat(programsWith(figures.sessionsBetween(from, today), expected, 11))
                .isEqualTo(programsWith(before, expected, 11) + 1);
        assertThat(sessions.lastSessionDays(List.of(program.id()))).containsEntry(program.id(), from.plusDays(20));
    }

    @Test
    void anArchivedPatientsOpenRedFlagStaysOnTheWorklist() {
        RaisedFlag flag = RaisedFlag.raise(episode.id(), patient.id(), RedFlag.SADDLE_NUMBNESS, AT, therapist.id(),
                Optional.empty());
        flags.add(flag);
        patients.save(patient.archive(AT));
        assertThat(worklist.openFlags(Optional.of(therapist.id()))).extracting(f -> f.flag().id())
                .containsExactly(flag.id());
        assertThat(worklist.openEpisodes(Optional.of(therapist.id()), ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void aWorklistItemIsAcknowledgedOnce() {
        ItemKey key = new ItemKey(episode.id(), ItemKind.INACTIVE, Severity.LOW, ONSET);
        assertThat(acknowledgements.add(new ItemAcknowledgement(key, patient.id(), therapist.id(), AT, "phoned")))
                .isTrue();
        assertThat(acknowledgements.add(new ItemAcknowledgement(key, patient.id(), therapist.id(), AT, "again")))
                .isFalse();
        assertThat(acknowledgements.acknowledged(List.of(episode.id()))).containsExactly(key);
        assertThat(worklist.openEpisodesOf(patient.id(), ZoneOffset.UTC)).extracting(OpenEpisode::id)
                .containsExactly(episode.id());
        assertThat(worklist.openEpisodes(Optional.of(Fixtures.therapist().id()), ZoneOffset.UTC)).isEmpty();
    }

    private static long programsWith(List<ClinicFigures.SessionPair> pairs, long sessionDays, int completed) {
        return pairs.stream().filter(p -> p.sessionDays() == sessionDays && p.completed() == completed)
                .mapToLong(ClinicFigures.SessionPair::programs).sum();
    }
}
