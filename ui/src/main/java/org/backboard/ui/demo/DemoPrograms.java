package org.backboard.ui.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Episode;
import org.backboard.core.exercise.Dosage;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.ExerciseSession;
import org.backboard.core.program.Prescription;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.core.program.ProgramVersion;
import org.backboard.core.program.SessionId;
import org.backboard.core.program.SessionSource;
import org.backboard.core.symptom.PainScore;

/**
 * Home exercise programs for the demo's open episodes: most start from a template, some are
 * revised once (a dosage raised), and sessions follow one of three habits (diligent, partial,
 * lapsed). Programs reach back at most half a year, so an open episode has about 40 sessions on
 * average (a few for a new acute episode, over a hundred for a diligent chronic one).
 */
final class DemoPrograms {

    /** A program with the sessions logged against it. */
    record Seeded(Program program, List<ExerciseSession> sessions) { }

    private enum Habit { DILIGENT, PARTIAL, LAPSED }

    private static final int MAX_WEEKS_BACK = 26;

    private DemoPrograms() {
    }

    static Optional<Seeded> forEpisode(Random random, Episode episode, List<ProgramTemplate> templates,
                                       LocalDate today, ZoneId zone) {
        if (templates.isEmpty() || random.nextInt(100) >= 85) {
            return Optional.empty();
        }
        ClinicianId therapist = episode.therapist();
        LocalDate earliest = today.minusWeeks(MAX_WEEKS_BACK);
        LocalDate fromEpisode = episode.details().startDate().plusDays(random.nextInt(5));
        LocalDate start = fromEpisode.isBefore(earliest) ? earliest : fromEpisode.isAfter(today) ? today : fromEpisode;
        ProgramTemplate template = templates.get(random.nextInt(templates.size()));
        Instant startedAt = start.atTime(10, 0).atZone(zone).toInstant();
        ProgramId id = new ProgramId(UUID.nameUUIDFromBytes(("backboard-demo-program-" + episode.id().value()).getBytes()));
        Program program = new Program(id, episode.id(), episode.patient(),
                List.of(new ProgramVersion(1, start, template.prescriptions(), therapist, startedAt)), 0);
        LocalDate revisedOn = start.plusDays(14 + random.nextInt(14));
        if (random.nextInt(100) < 35 && !revisedOn.isAfter(today)) {
            program = program.revise(revisedOn, progressed(template.prescriptions(), random), therapist,
                    revisedOn.atTime(11, 0).atZone(zone).toInstant());
        }
        return Optional.of(new Seeded(program, sessions(random, program, today, zone, therapist)));
    }

    /** One exercise progressed: a few more repetitions or seconds. */
    private static List<Prescription> progressed(List<Prescription> prescriptions, Random random) {
        List<Prescription> next = new ArrayList<>(prescriptions);
        int index = random.nextInt(next.size());
        Prescription chosen = next.get(index);
        Dosage dosage = chosen.dosage();
        Dosage.Effort harder = switch (dosage.effort()) {
            case Dosage.Reps reps -> new Dosage.Reps(Math.min(Dosage.Reps.MAX, reps.count() + 2));
            case Dosage.Hold hold -> new Dosage.Hold(Math.min(Dosage.Hold.MAX, hold.seconds() + 10));
        };
        next.set(index, new Prescription(chosen.exercise(), new Dosage(dosage.sets(), harder, dosage.sessionsPerWeek()),
                "Progressed: a little more each set"));
        return next;
    }

    private static List<ExerciseSession> sessions(Random random, Program program, LocalDate today, ZoneId zone,
                                                  ClinicianId therapist) {
        Habit habit = Habit.values()[random.nextInt(Habit.values().length)];
        List<ExerciseSession> sessions = new ArrayList<>();
        LocalDate start = program.startDate();
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            ProgramVersion version = program.inForceOn(day).orElseThrow();
            double share = switch (habit) {
                case DILIGENT -> 0.92;
                case PARTIAL -> 0.6;
                case LAPSED -> day.isBefore(start.plusWeeks(2)) ? 0.8 : 0.12;
            };
            if (random.nextDouble() >= share * version.sessionsPerWeek() / 7.0) {
                continue;
            }
            Set<ExerciseId> done = version.prescriptions().stream()
                    .filter(p -> habit == Habit.DILIGENT || random.nextInt(100) < 80)
                    .map(Prescription::exercise).collect(Collectors.toSet());
            if (done.isEmpty()) {
                done = Set.of(version.prescriptions().getFirst().exercise());
            }
            int pain = 1 + random.nextInt(6);
            boolean tooHard = random.nextInt(100) < 4;
            sessions.add(new ExerciseSession(
                    new SessionId(UUID.nameUUIDFromBytes((program.id().value() + "-" + day).getBytes())),
                    program.id(), program.patient(), day, done,
                    Optional.of(new PainScore(Math.min(10, pain + (tooHard ? 2 : 0)))),
                    Optional.of(new PainScore(Math.max(0, pain - 1))), tooHard,
                    tooHard ? "Found the last set hard" : "",
                    random.nextInt(100) < 85 ? SessionSource.PHONE : SessionSource.CLINIC_VISIT,
                    Optional.of(therapist), day.atTime(19, 0).atZone(zone).toInstant()));
        }
        return sessions;
    }
}
