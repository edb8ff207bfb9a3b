package org.backboard.core.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.Episodes;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.exercise.Exercises;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.OutcomeHistory;
import org.backboard.core.outcome.OutcomeMeasures;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.Patients;
import org.backboard.core.program.Program;
import org.backboard.core.program.Programs;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RaisedFlags;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckIns;

/**
 * Care records in batches of patients, for a bulk export: what {@link CareRecordService} reads for one
 * patient, but with one query per table for the whole batch (patients, episodes, check-ins, flags,
 * questionnaires, programs, exercises), so a batch of 500 costs about what a few patient pages do.
 * <p>
 * A program comes without its sessions and adherence, which no exported resource carries. Neither
 * checks access nor audits: the export's use case decides whose records may be read and audits each
 * patient it exports.
 */
public class CareRecordBatches {

    private static final Comparator<EpisodeOverview> OPEN_FIRST_THEN_NEWEST = Comparator
            .comparing((EpisodeOverview overview) -> overview.episode().isDischarged())
            .thenComparing(overview -> overview.episode().details().startDate(), Comparator.reverseOrder());

    private final Patients patients;
    private final Episodes episodes;
    private final CheckIns checkIns;
    private final RaisedFlags flags;
    private final OutcomeMeasures outcomes;
    private final Programs programs;
    private final Exercises exercises;
    private final Clock clock;

    public CareRecordBatches(Patients patients, Episodes episodes, CheckIns checkIns, RaisedFlags flags,
                             OutcomeMeasures outcomes, Programs programs, Exercises exercises, Clock clock) {
        this.patients = patients;
        this.episodes = episodes;
        this.checkIns = checkIns;
        this.flags = flags;
        this.outcomes = outcomes;
        this.programs = programs;
        this.exercises = exercises;
        this.clock = clock;
    }

    /**
     * The records of the next {@code limit} patients after {@code after}, in the order of the patients'
     * ids, of the therapist's caseload (as assigned now) or of the whole clinic.
     */
    public List<CareRecord> next(Optional<ClinicianId> therapist, Optional<PatientId> after, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a batch holds at least one patient");
        }
        List<Patient> batch = patients.batchAfter(therapist, after, limit);
        if (batch.isEmpty()) {
            return List.of();
        }
        List<PatientId> ids = batch.stream().map(Patient::id).toList();
        List<Episode> all = episodes.forPatients(ids);
        List<EpisodeId> episodeIds = all.stream().map(Episode::id).toList();
        Map<EpisodeId, List<CheckIn>> timelines = checkIns.timelines(episodeIds);
        Map<EpisodeId, List<OutcomeAdministration>> taken = outcomes.forEpisodes(episodeIds);
        Map<EpisodeId, Program> programsByEpisode = programs.forEpisodes(episodeIds);
        Map<ExerciseId, Exercise> library = exercises.byIds(programsByEpisode.values().stream()
                .flatMap(program -> program.exercisesNamed().stream()).collect(Collectors.toSet()));
        List<RaisedFlag> batchFlags = flags.forPatients(ids);
        Map<EpisodeId, List<RaisedFlag>> flagsByEpisode = batchFlags.stream()
                .sorted(CareRecord.MOST_URGENT_FIRST)
                .collect(Collectors.groupingBy(RaisedFlag::episode));
        Map<PatientId, List<Episode>> episodesByPatient = all.stream()
                .collect(Collectors.groupingBy(Episode::patient));
        Map<PatientId, List<RaisedFlag>> flagsByPatient = batchFlags.stream()
                .collect(Collectors.groupingBy(RaisedFlag::patient));
        LocalDate today = LocalDate.now(clock);
        return batch.stream().map(patient -> new CareRecord(patient,
                episodesByPatient.getOrDefault(patient.id(), List.of()).stream()
                        .map(episode -> EpisodeOverview.of(episode, today,
                                timelines.getOrDefault(episode.id(), List.of()),
                                flagsByEpisode.getOrDefault(episode.id(), List.of()),
                                Optional.ofNullable(programsByEpisode.get(episode.id()))
                                        .map(program -> programOnly(program, library)),
                                new OutcomeHistory(taken.getOrDefault(episode.id(), List.of()))))
                        .sorted(OPEN_FIRST_THEN_NEWEST)
                        .toList(),
                flagsByPatient.getOrDefault(patient.id(), List.of())))
                .toList();
    }

    private static ProgramOverview programOnly(Program program, Map<ExerciseId, Exercise> library) {
        Set<ExerciseId> named = program.exercisesNamed();
        Map<ExerciseId, Exercise> own = library.entrySet().stream().filter(entry -> named.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new ProgramOverview(program, own, Optional.empty(), ProgramOverview.AdherenceWindows.NONE, List.of());
    }
}
