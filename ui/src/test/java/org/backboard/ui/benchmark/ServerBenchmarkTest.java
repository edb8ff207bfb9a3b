package org.backboard.ui.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.care.CheckInService;
import org.backboard.core.care.ProgramService;
import org.backboard.core.care.WorklistService;
import org.backboard.core.clinic.ClinicOutcomesService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.exercise.DosageDraft;
import org.backboard.core.patient.PatientId;
import org.backboard.core.program.Program;
import org.backboard.core.program.ProgramDraft;
import org.backboard.core.program.ProgramId;
import org.backboard.core.program.Programs;
import org.backboard.core.roster.FlagFilter;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterService;
import org.backboard.core.roster.RosterSort;
import org.backboard.core.roster.StageFilter;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.worklist.Worklist;
import org.backboard.ui.benchmark.SqlRecorder.Recorded;
import org.backboard.ui.benchmark.Timing.Percentiles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Server-side timing at clinic scale, through the service calls the pages make (PostgreSQL
 * included), beside the SQL floor: the same queries as plain JDBC. Writes
 * {@code target/benchmark/server.md}. Start it with {@code ./backboard.sh bench}.
 */
@BenchmarkClinic
class ServerBenchmarkTest {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;
    private static final int WRITE_WARMUP = 10;
    private static final int WRITE_RUNS = 100;
    private static final int PAGE = 50;
    private static final List<RosterSort> BY_NAME = List.of(RosterSort.byName());

    @Autowired
    RosterService roster;
    @Autowired
    CareRecordService care;
    @Autowired
    WorklistService worklist;
    @Autowired
    ClinicOutcomesService outcomes;
    @Autowired
    CheckInService checkIns;
    @Autowired
    ProgramService programService;
    @Autowired
    Programs programs;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password}")
    String password;

    private final List<String> rows = new ArrayList<>();
    private SqlFloor floor;

    @Test
    void serverSideAtClinicScale() throws IOException, SQLException {
        Actor lead = actor("lead");
        Actor therapist = actor("therapist1");
        int clinic = roster.count(lead, RosterQuery.everyone());
        int caseload = roster.count(therapist, RosterQuery.everyone());
        try (SqlFloor plain = new SqlFloor(url, user, password)) {
            floor = plain;
            reads(lead, therapist, clinic);
        }
        rows.add(write("record a check-in (therapist1, a different open episode each run)", checkInWrites(therapist)));
        rows.add(write("save a program revision (therapist1, a different program each run)", revisionWrites(therapist)));

        String report = "# Server-side benchmark\n\n" + dataset() + " therapist1's caseload: " + caseload
                + " patients. Reads: " + RUNS + " runs after " + WARMUP + " warm-up runs; writes: " + WRITE_RUNS
                + " after " + WRITE_WARMUP + ". Times in ms, service call including PostgreSQL. The SQL floor"
                + " replays the queries the call sent through plain JDBC; app/SQL is the ratio of the p50s.\n\n"
                + "| operation | p50 | p95 | p99 | SQL floor p50 | SQL floor p95 | app/SQL |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
        Path out = Path.of("target", "benchmark", "server.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void reads(Actor lead, Actor therapist, int clinic) {
        RosterQuery everyone = RosterQuery.everyone();
        read("roster: first page by name, whole clinic (lead)", run -> roster.roster(lead, everyone, BY_NAME, 0, PAGE));
        read("roster: count, whole clinic (lead)", run -> roster.count(lead, everyone));
        read("roster: first page, own caseload (therapist)", run -> roster.roster(therapist, everyone, BY_NAME, 0, PAGE));
        read("roster: deep page, offset " + clinic / 2 + " (lead)",
                run -> roster.roster(lead, everyone, BY_NAME, clinic / 2, PAGE));
        read("roster: last page (lead)", run -> roster.roster(lead, everyone, BY_NAME, clinic - PAGE, PAGE));
        read("roster: first page sorted by age (lead)", run -> roster.roster(lead, everyone,
                List.of(new RosterSort(RosterSort.Column.AGE, true)), 0, PAGE));
        read("roster: sorted by days until chronic (lead)", run -> roster.roster(lead, everyone,
                List.of(new RosterSort(RosterSort.Column.DAYS_TO_CHRONIC, true)), 0, PAGE));
        RosterQuery smith = new RosterQuery(Optional.of("smith"), Optional.empty(), false);
        read("name search 'smith': first page", run -> roster.roster(lead, smith, BY_NAME, 0, PAGE));
        read("name search 'smith': count", run -> roster.count(lead, smith));
        RosterQuery oliviaSmi = new RosterQuery(Optional.of("olivia smi"), Optional.empty(), false);
        read("name search 'olivia smi': first page", run -> roster.roster(lead, oliviaSmi, BY_NAME, 0, PAGE));
        RosterQuery mrn = new RosterQuery(Optional.of("BB-0421"), Optional.empty(), false);
        read("MRN search 'BB-0421': first page", run -> roster.roster(lead, mrn, BY_NAME, 0, PAGE));
        for (StageFilter stage : StageFilter.values()) {
            RosterQuery staged = everyone.withStage(Optional.of(stage));
            read("stage filter " + stage + ": first page", run -> roster.roster(lead, staged, BY_NAME, 0, PAGE));
            read("stage filter " + stage + ": count", run -> roster.count(lead, staged));
        }
        RosterQuery emergency = everyone.withFlags(Optional.of(FlagFilter.EMERGENCY));
        read("red-flag filter EMERGENCY: first page", run -> roster.roster(lead, emergency, BY_NAME, 0, PAGE));
        RosterQuery anyFlag = everyone.withFlags(Optional.of(FlagFilter.ANY));
        read("red-flag filter any tier: first page", run -> roster.roster(lead, anyFlag, BY_NAME, 0, PAGE));
        read("red-flag filter any tier: count", run -> roster.count(lead, anyFlag));

        List<PatientId> withCare = jdbc.queryForList("""
                select p.id from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.open_onset is not null order by p.id limit 50""", UUID.class)
                .stream().map(PatientId::new).toList();
        read("patient page data (therapist1; one of 50 patients each run)", withCare.size(),
                run -> care.read(therapist, withCare.get(run)).orElseThrow());
        read("worklist: therapist1's caseload", run -> worklist.today(therapist, Optional.empty()));
        read("worklist: lead, filtered to therapist1", run -> worklist.today(lead, Optional.of(therapist.id())));
        read("worklist: lead, whole clinic (red flags only past " + Worklist.CLINIC_WIDE_LIMIT + " open episodes)",
                run -> worklist.today(lead, Optional.empty()));
        read("clinic outcomes (lead)", run -> outcomes.today(lead));
    }

    private void read(String operation, IntFunction<?> call) {
        read(operation, 1, call);
    }

    /** Times the call (run i uses argument i % distinct) and the replay of the SQL it sent for that argument. */
    private void read(String operation, int distinct, IntFunction<?> call) {
        List<List<Recorded>> recorded = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            int argument = i;
            recorded.add(SqlRecorder.record(() -> call.apply(argument)));
        }
        assertThat(recorded.getFirst()).as(operation + " sends SQL").anyMatch(Recorded::isQuery);
        Percentiles app = Timing.measure(WARMUP, RUNS, run -> call.apply(run % distinct));
        Percentiles sql = Timing.measure(WARMUP, RUNS, run -> floor.replay(recorded.get(run % distinct)));
        rows.add(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |", operation,
                app.p50(), app.p95(), app.p99(), sql.p50(), sql.p95(), app.p50() / sql.p50()));
    }

    private static String write(String operation, List<Supplier<Result<?>>> calls) {
        Percentiles app = Timing.measure(WRITE_WARMUP, WRITE_RUNS, run -> {
            Result<?> result = calls.get(run).get();
            assertThat(result).as(operation).isInstanceOf(Result.Saved.class);
            return result;
        });
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | | | |", operation, app.p50(), app.p95(),
                app.p99());
    }

    private List<Supplier<Result<?>>> checkInWrites(Actor therapist) {
        List<EpisodeId> open = jdbc.queryForList("""
                select e.id from episode e join clinician c on c.id = e.therapist_id
                  join patient p on p.id = e.patient_id
                 where c.username = 'therapist1' and e.status <> 'DISCHARGED' and p.status = 'ACTIVE'
                 order by e.id""", UUID.class)
                .stream().map(EpisodeId::new).toList();
        List<Supplier<Result<?>>> calls = new ArrayList<>();
        for (int run = 0; run < WRITE_WARMUP + WRITE_RUNS; run++) {
            EpisodeId episode = open.get(run % open.size());
            calls.add(() -> checkIns.record(therapist, episode, new CheckInDraft(LocalDateTime.now().minusMinutes(1),
                    CheckInSource.PHONE, 4, 3, Set.of(), Set.of(), "Benchmark check-in")));
        }
        return calls;
    }

    /** One revision per program (one exercise's sets changed), prepared before the clock starts. */
    private List<Supplier<Result<?>>> revisionWrites(Actor therapist) {
        List<ProgramId> ids = jdbc.queryForList("""
                select pr.id from program pr join episode e on e.id = pr.episode_id
                  join clinician c on c.id = e.therapist_id join patient p on p.id = e.patient_id
                 where c.username = 'therapist1' and e.status = 'ACTIVE' and p.status = 'ACTIVE'
                 order by pr.id""", UUID.class)
                .stream().map(ProgramId::new).toList();
        assertThat(ids).as("therapist1 has a program for every timed revision").hasSizeGreaterThanOrEqualTo(
                WRITE_WARMUP + WRITE_RUNS);
        List<Supplier<Result<?>>> calls = new ArrayList<>();
        for (int run = 0; run < WRITE_WARMUP + WRITE_RUNS; run++) {
            Program program = programs.find(ids.get(run)).orElseThrow();
            ProgramDraft same = ProgramDraft.of(program.latest(), roster.today());
            List<ProgramDraft.PrescriptionDraft> items = new ArrayList<>(same.items());
            ProgramDraft.PrescriptionDraft first = items.getFirst();
            DosageDraft dosage = first.dosage();
            items.set(0, new ProgramDraft.PrescriptionDraft(first.exercise(), new DosageDraft(
                    dosage.sets() == 3 ? 2 : 3, dosage.kind(), dosage.amount(), dosage.sessionsPerWeek()), first.notes()));
            ProgramDraft draft = new ProgramDraft(same.effectiveFrom(), items);
            calls.add(() -> programService.revise(therapist, program.id(), program.version(), draft));
        }
        return calls;
    }

    private String dataset() {
        return jdbc.queryForObject("""
                select format('%s active patients, %s open episodes, %s check-ins, %s programs, %s exercise sessions,'
                              || ' %s questionnaires, %s therapists.',
                       (select count(*) from patient where status = 'ACTIVE'),
                       (select count(*) from episode where status <> 'DISCHARGED'),
                       (select count(*) from check_in), (select count(*) from program),
                       (select count(*) from exercise_session), (select count(*) from outcome_measure),
                       (select count(*) from clinician where role = 'THERAPIST'))""", String.class);
    }

    private Actor actor(String username) {
        Clinician clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return new Actor(clinician.id(), clinician.role());
    }
}
