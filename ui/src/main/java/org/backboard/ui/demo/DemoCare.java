package org.backboard.ui.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Discharge;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDetails;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.EpisodeStatus;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.RiskFactor;
import org.backboard.core.episode.SymptomOnset;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.patient.Patient;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.redflag.Acknowledgement;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.PainScore;
import org.backboard.core.symptom.Symptom;

/**
 * The invented clinic's care records, deterministic per patient number: most patients have an
 * open episode spread across the three stages and the watch window, some an earlier discharged
 * one; pain follows one of four trajectories; a few patients carry open flags of each tier.
 */
final class DemoCare {

    /** What one patient's care adds to the database. */
    record Seed(List<Episode> episodes, List<CheckIn> checkIns, List<RaisedFlag> flags, List<Program> programs,
                List<ExerciseSession> sessions, List<OutcomeAdministration> outcomes) { }

    private enum Trajectory { IMPROVING, PLATEAU, WORSENING, FLARE_UPS }

    private static final RedFlag[] EMERGENCY = {RedFlag.BLADDER_BOWEL, RedFlag.SADDLE_NUMBNESS, RedFlag.BILATERAL_WEAKNESS};
    private static final RedFlag[] URGENT = {RedFlag.PROGRESSIVE_WEAKNESS, RedFlag.FEVER, RedFlag.WEIGHT_LOSS, RedFlag.TRAUMA};
    private static final RedFlag[] REVIEW = {RedFlag.RADIATING_BELOW_KNEE, RedFlag.LEG_NUMBNESS_TINGLING,
            RedFlag.WORSENING, RedFlag.SLEEP_OR_DAILY_LIFE};

    private DemoCare() {
    }

    static Seed forPatient(int number, Patient patient, List<ProgramTemplate> templates, LocalDate today, ZoneId zone) {
        Random random = new Random(977L * number + 13);
        List<Episode> episodes = new ArrayList<>();
        List<CheckIn> checkIns = new ArrayList<>();
        List<RaisedFlag> flags = new ArrayList<>();
        List<Program> programs = new ArrayList<>();
        List<ExerciseSession> sessions = new ArrayList<>();
        List<OutcomeAdministration> outcomes = new ArrayList<>();
        // questionnaires draw on a stream of their own, so the earlier demo records stay as they were
        Random questionnaires = new Random(53L * number + 11);
        ClinicianId therapist = patient.therapist();
        if (random.nextInt(100) < 35) {
            LocalDate onset = today.minusDays(420 + random.nextInt(300));
            LocalDate start = onset.plusDays(random.nextInt(14));
            Episode closed = episode(number, 0, patient, details(random, onset, start), therapist);
            LocalDate end = start.plusDays(30 + random.nextInt(60));
            List<CheckIn> timeline = timeline(random, closed, start, end, Trajectory.IMPROVING, zone, therapist);
            closed = closed.discharge(new Discharge(end, random.nextBoolean() ? "Goals met"
                    : "Self-managing with the home programme"), today);
            episodes.add(closed);
            checkIns.addAll(timeline);
            outcomes.addAll(DemoOutcomes.forEpisode(questionnaires, number, closed, timeline, end, zone));
        }
        boolean archived = patient.isArchived();
        if (!archived && random.nextInt(100) < 75) {
            LocalDate onset = today.minusDays(onsetDaysAgo(random));
            LocalDate start = min(today, onset.plusDays(random.nextInt(10)));
            Episode created = episode(number, 1, patient, details(random, onset, start), therapist);
            Episode open = random.nextInt(100) < 6 ? created.putOnHold() : created;
            Trajectory trajectory = Trajectory.values()[random.nextInt(Trajectory.values().length)];
            List<CheckIn> timeline = timeline(random, open, start, today, trajectory, zone, therapist);
            episodes.add(open);
            demoFlag(number).filter(sign -> !timeline.isEmpty()).ifPresent(sign -> {
                CheckIn last = timeline.removeLast();
                Set<RedFlag> answers = EnumSet.of(sign);
                CheckIn withAnswer = new CheckIn(last.id(), last.episode(), last.takenAt(), last.source(), last.pain(),
                        last.stiffness(), last.symptoms(), answers, last.note(), last.recordedBy());
                timeline.add(withAnswer);
                flags.add(new RaisedFlag(flagId(number, 1), open.id(), patient.id(), sign, last.takenAt(),
                        last.recordedBy(), Optional.of(last.id()), Optional.empty(), 0));
            });
            if (number % 31 == 7 && !timeline.isEmpty()) {
                // an older flag, already dealt with: it stays on the record, closed
                CheckIn first = timeline.getFirst();
                flags.add(new RaisedFlag(flagId(number, 2), open.id(), patient.id(), RedFlag.RADIATING_BELOW_KNEE,
                        first.takenAt(), therapist, Optional.empty(), Optional.of(new Acknowledgement(
                        AcknowledgementAction.REVIEWED_NOT_A_CONCERN, "Reviewed at the visit: known referral pattern",
                        therapist, first.takenAt().plus(2, ChronoUnit.HOURS))), 1));
            }
            checkIns.addAll(timeline);
            outcomes.addAll(DemoOutcomes.forEpisode(questionnaires, number, open, timeline, today, zone));
            // its own random stream, so adding programs left the existing demo records as they were
            DemoPrograms.forEpisode(new Random(31L * number + 7), open, templates, today, zone).ifPresent(seeded -> {
                programs.add(seeded.program());
                sessions.addAll(seeded.sessions());
            });
        }
        return new Seed(episodes, checkIns, flags, programs, sessions, outcomes);
    }

    /** A spread over the 12-week clock: a third acute, a third subacute (some in the watch window), a third chronic. */
    private static int onsetDaysAgo(Random random) {
        int roll = random.nextInt(100);
        if (roll < 30) {
            return 2 + random.nextInt(26);
        }
        if (roll < 52) {
            return 28 + random.nextInt(42);
        }
        if (roll < 65) {
            return 70 + random.nextInt(14);
        }
        return 84 + random.nextInt(220);
    }

    /** Every 61st patient has an open emergency flag, every 37th an urgent one, every 23rd a review one. */
    private static Optional<RedFlag> demoFlag(int number) {
        if (number % 61 == 5) {
            return Optional.of(EMERGENCY[number % EMERGENCY.length]);
        }
        if (number % 37 == 3) {
            return Optional.of(URGENT[number % URGENT.length]);
        }
        if (number % 23 == 2) {
            return Optional.of(REVIEW[number % REVIEW.length]);
        }
        return Optional.empty();
    }

    private static EpisodeDetails details(Random random, LocalDate onset, LocalDate start) {
        int regionRoll = random.nextInt(100);
        BodyRegion region = regionRoll < 70 ? BodyRegion.LUMBAR : regionRoll < 85 ? BodyRegion.CERVICAL
                : regionRoll < 95 ? BodyRegion.THORACIC : BodyRegion.SACRAL_COCCYX;
        WorkingDiagnosis diagnosis = WorkingDiagnosis.values()[random.nextInt(WorkingDiagnosis.values().length)];
        PainType painType = diagnosis == WorkingDiagnosis.SCIATICA ? PainType.NEUROPATHIC
                : diagnosis.name().contains("INFLAMMATORY") ? PainType.INFLAMMATORY
                : random.nextInt(10) < 8 ? PainType.MECHANICAL : PainType.INFLAMMATORY;
        Set<RiskFactor> risks = EnumSet.noneOf(RiskFactor.class);
        for (int i = random.nextInt(4); i > 0; i--) {
            risks.add(RiskFactor.values()[random.nextInt(RiskFactor.values().length)]);
        }
        SymptomOnset symptomOnset = random.nextInt(100) < 20 ? SymptomOnset.inMonth(onset) : SymptomOnset.onDay(onset);
        return new EpisodeDetails(region, symptomOnset, start, diagnosis, painType, risks);
    }

    private static Episode episode(int number, int index, Patient patient, EpisodeDetails details,
                                   ClinicianId therapist) {
        EpisodeId id = new EpisodeId(UUID.nameUUIDFromBytes(("backboard-demo-episode-" + number + "-" + index)
                .getBytes()));
        return new Episode(id, patient.id(), details, therapist, EpisodeStatus.ACTIVE, Optional.empty(), 0);
    }

    /** Check-ins from the start to the last day, about 12-34 of them (fewer in a short span), pain along the trajectory. */
    private static List<CheckIn> timeline(Random random, Episode episode, LocalDate from, LocalDate to,
                                          Trajectory trajectory, ZoneId zone, ClinicianId therapist) {
        List<CheckIn> timeline = new ArrayList<>();
        long span = ChronoUnit.DAYS.between(from, to);
        int target = 12 + random.nextInt(23);
        double every = Math.max(1.0, (double) span / target);
        int baseline = 5 + random.nextInt(5);
        Instant now = to.atTime(8, 0).atZone(zone).toInstant();
        for (double day = 0; day <= span; day += every * (0.7 + 0.6 * random.nextDouble())) {
            Instant at = from.plusDays((long) day).atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(zone)
                    .toInstant();
            if (at.isAfter(now)) {
                break;
            }
            int pain = clamp(Math.round(pain(trajectory, baseline, day, random)));
            int stiffness = clamp(pain - 1 + random.nextInt(3));
            CheckInSource source = source(random);
            // what the patient reported themselves names no clinician
            timeline.add(new CheckIn(UUID.nameUUIDFromBytes((episode.id().value() + "-" + timeline.size()).getBytes()),
                    episode.id(), at, source, Optional.of(new PainScore(pain)), Optional.of(new PainScore(stiffness)),
                    symptoms(random, pain), Set.of(), Optional.empty(),
                    source == CheckInSource.PATIENT_REPORTED ? Optional.empty() : Optional.of(therapist)));
        }
        return timeline;
    }

    private static double pain(Trajectory trajectory, int baseline, double day, Random random) {
        double noise = random.nextGaussian() * 0.6;
        return switch (trajectory) {
            case IMPROVING -> baseline - Math.min(baseline - 1.5, day / 12.0) + noise;
            case PLATEAU -> baseline - Math.min(1.0, day / 30.0) + noise;
            case WORSENING -> baseline + Math.min(3.0, day / 20.0) + noise;
            case FLARE_UPS -> baseline - Math.min(baseline - 2.5, day / 14.0) + (random.nextInt(6) == 0 ? 3 : 0) + noise;
        };
    }

    private static CheckInSource source(Random random) {
        int roll = random.nextInt(10);
        return roll < 5 ? CheckInSource.CLINIC_VISIT : roll < 8 ? CheckInSource.PHONE : CheckInSource.PATIENT_REPORTED;
    }

    private static Set<Symptom> symptoms(Random random, int pain) {
        Set<Symptom> present = EnumSet.noneOf(Symptom.class);
        for (Symptom symptom : Symptom.values()) {
            if (random.nextInt(10) < 1 + pain / 3) {
                present.add(symptom);
            }
        }
        return present;
    }

    private static int clamp(long value) {
        return (int) Math.max(0, Math.min(10, value));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static UUID flagId(int number, int index) {
        return UUID.nameUUIDFromBytes(("backboard-demo-flag-" + number + "-" + index).getBytes());
    }

}
