package org.backboard.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.care.CareRecord;
import org.backboard.core.care.EpisodeOverview;
import org.backboard.core.care.ProgramOverview;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.SymptomOnset;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.core.exercise.ExerciseDetails;
import org.backboard.core.exercise.TargetRegion;
import org.backboard.core.outcome.Bothersomeness;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OswestrySection;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.OutcomeId;
import org.backboard.core.outcome.PsfsAnswers;
import org.backboard.core.outcome.StartBackAnswers;
import org.backboard.core.outcome.StartBackItem;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.symptom.Symptom;

/** One patient with every kind of record Backboard keeps, built in memory for the mapping tests. */
final class SampleRecord {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final ClinicianId THERAPIST = ClinicianId.newId();
    static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    private SampleRecord() {
    }

    static Patient patient() {
        PatientDetails details = new PatientDetails(Mrn.of("bb-0042"), new PersonName("Robin", "Okafor"),
                LocalDate.of(1979, 4, 2), Sex.FEMALE, ContactDetails.of("+44 20 7946 0000", "robin@example.org"));
        return new Patient(new PatientId(UUID.fromString("6f1d3c39-0f55-4bbf-9d1b-6f6a2c3b7e01")), details, THERAPIST,
                PatientStatus.ACTIVE, NOW.minusSeconds(86_400 * 100L), NOW, 3);
    }

    /** Open, lumbar, onset recalled to the day 100 days ago: chronic today. */
    static Episode chronicEpisode(Patient patient) {
        EpisodeDetails details = new EpisodeDetails(BodyRegion.LUMBAR, SymptomOnset.onDay(TODAY.minusDays(100)),
                TODAY.minusDays(90), WorkingDiagnosis.SCIATICA, PainType.NEUROPATHIC, Set.of());
        return new Episode(new EpisodeId(UUID.fromString("1d4b5a51-7c1e-4d0c-8a5e-0b8e54f0a002")), patient.id(),
                details, THERAPIST, EpisodeStatus.ACTIVE, Optional.empty(), 1);
    }

    /** Discharged, mid back, onset recalled to the month. */
    static Episode dischargedEpisode(Patient patient) {
        EpisodeDetails details = new EpisodeDetails(BodyRegion.THORACIC, SymptomOnset.inMonth(LocalDate.of(2025, 3, 17)),
                LocalDate.of(2025, 4, 2), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());
        return new Episode(EpisodeId.newId(), patient.id(), details, THERAPIST, EpisodeStatus.DISCHARGED,
                Optional.of(new Discharge(LocalDate.of(2025, 6, 1), "Goals met")), 2);
    }

    static CheckIn checkIn(Episode episode, int pain, Integer stiffness) {
        return new CheckIn(UUID.randomUUID(), episode.id(), NOW.minusSeconds(3_600), CheckInSource.CLINIC_VISIT,
                Optional.of(new PainScore(pain)), Optional.ofNullable(stiffness).map(PainScore::new),
                Set.of(Symptom.DULL_ACHE), Set.of(), Optional.empty(), THERAPIST);
    }

    static OutcomeAdministration oswestry(Episode episode) {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        for (OswestrySection section : OswestrySection.values()) {
            if (section != OswestrySection.SEX_LIFE) {
                answers.put(section, 2);
            }
        }
        return taken(episode, new OdiAnswers(answers));
    }

    static OutcomeAdministration startBack(Episode episode) {
        return taken(episode, new StartBackAnswers(Set.of(StartBackItem.LEG_PAIN, StartBackItem.NOT_SAFE_TO_BE_ACTIVE,
                StartBackItem.WORRYING_THOUGHTS, StartBackItem.NO_ENJOYMENT), Bothersomeness.VERY_MUCH));
    }

    static OutcomeAdministration psfs(Episode episode) {
        return taken(episode, new PsfsAnswers(List.of(new PsfsAnswers.Activity("Lifting my daughter", 3),
                new PsfsAnswers.Activity("Gardening", 5), new PsfsAnswers.Activity("Driving to work", 7))));
    }

    private static OutcomeAdministration taken(Episode episode, org.backboard.core.outcome.Measurement measurement) {
        return new OutcomeAdministration(OutcomeId.newId(), episode.id(), episode.patient(), TODAY.minusDays(80),
                measurement, THERAPIST, NOW.minusSeconds(86_400 * 80L));
    }

    static RaisedFlag openFlag(Episode episode) {
        return new RaisedFlag(UUID.randomUUID(), episode.id(), episode.patient(), RedFlag.SADDLE_NUMBNESS,
                NOW.minusSeconds(600), THERAPIST, Optional.empty(), Optional.empty(), 0);
    }

    static RaisedFlag acknowledgedFlag(Episode episode) {
        return new RaisedFlag(UUID.randomUUID(), episode.id(), episode.patient(), RedFlag.FEVER,
                NOW.minusSeconds(86_400), THERAPIST, Optional.empty(), Optional.of(new Acknowledgement(
                AcknowledgementAction.REFERRED_TO_PHYSICIAN, "GP appointment booked", THERAPIST, NOW)), 1);
    }

    static Exercise exercise(String name, Dosage dosage) {
        return Exercise.add(new ExerciseDetails(name, ExerciseCategory.MOBILITY, TargetRegion.LOWER_BACK,
                List.of("Kneel on all fours", "Round the back", "Arch the back"), "", dosage));
    }

    /** Two versions: the first from the episode's start, the second from 30 days ago. */
    static Program program(Episode episode, Exercise catCow, Exercise bridge) {
        ProgramVersion first = new ProgramVersion(1, episode.details().startDate(),
                List.of(new Prescription(catCow.id(), Dosage.reps(2, 10, 7), "")), THERAPIST, NOW.minusSeconds(86_400 * 90L));
        ProgramVersion second = new ProgramVersion(2, TODAY.minusDays(30),
                List.of(new Prescription(catCow.id(), Dosage.reps(3, 10, 7), "Slowly"),
                        new Prescription(bridge.id(), Dosage.hold(3, 20, 5), "")), THERAPIST,
                NOW.minusSeconds(86_400 * 30L));
        return new Program(ProgramId.newId(), episode.id(), episode.patient(), List.of(first, second), 2);
    }

    /** The whole record: a chronic open episode with everything, and a discharged one with a score. */
    static CareRecord careRecord() {
        Patient patient = patient();
        Episode open = chronicEpisode(patient);
        Episode closed = dischargedEpisode(patient);
        Exercise catCow = exercise("Cat Cow", Dosage.reps(2, 10, 7));
        Exercise bridge = exercise("Bridge", Dosage.hold(3, 20, 5));
        Program program = program(open, catCow, bridge);
        ProgramOverview programOverview = new ProgramOverview(program, Map.of(catCow.id(), catCow, bridge.id(), bridge),
                Optional.empty(), ProgramOverview.AdherenceWindows.NONE, List.of());
        List<RaisedFlag> flags = List.of(openFlag(open), acknowledgedFlag(open));
        EpisodeOverview first = new EpisodeOverview(open, open.chronicityOn(TODAY),
                List.of(checkIn(open, 7, 5), checkIn(open, 4, null)), Optional.empty(), Optional.empty(), flags,
                Optional.of(programOverview),
                new OutcomeHistory(List.of(oswestry(open), startBack(open), psfs(open))), List.of());
        EpisodeOverview second = new EpisodeOverview(closed, closed.chronicityOn(TODAY),
                List.of(checkIn(closed, 2, 1)), Optional.empty(), Optional.empty(), List.of(), Optional.empty(),
                OutcomeHistory.NONE, List.of());
        return new CareRecord(patient, List.of(first, second), flags);
    }
}
