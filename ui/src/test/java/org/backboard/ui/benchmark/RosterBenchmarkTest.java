package org.backboard.ui.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.roster.RosterService;
import org.backboard.core.roster.FlagFilter;
import org.backboard.core.roster.StageFilter;
import org.backboard.core.care.CareRecordService;
import org.backboard.core.patient.PatientId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterSort;
import org.backboard.ui.BackboardApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Server-side timing of the roster at clinic scale (default 100,000 patients), through the same
 * service calls the roster grid makes. Not part of the normal test run: start it with
 * {@code ./backboard.sh bench}, which gives it a database of its own.
 */
@Tag("benchmark")
@SpringBootTest(classes = BackboardApplication.class, properties = "backboard.demo.patients=${backboard.bench.patients:100000}")
@ActiveProfiles("demo")
class RosterBenchmarkTest {

    private static final int WARMUP = 30;
    private static final int RUNS = 200;
    private static final int PAGE = 50;

    @Autowired
    RosterService patients;
    @Autowired
    Clinicians clinicians;
    @Autowired
    CareRecordService care;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rosterAtClinicScale() throws IOException {
        Actor lead = actor("lead");
        Actor therapist = actor("therapist1");
        List<RosterSort> byName = List.of(RosterSort.byName());
        int clinic = patients.count(lead, RosterQuery.everyone());
        RosterQuery smith = new RosterQuery(Optional.of("smith"), Optional.empty(), false);
        RosterQuery oliviaSmith = new RosterQuery(Optional.of("olivia smi"), Optional.empty(), false);
        RosterQuery mrn = new RosterQuery(Optional.of("BB-0421"), Optional.empty(), false);

        List<String> rows = new ArrayList<>();
        rows.add(time("lead: first page, whole clinic by name", () -> patients.roster(lead, RosterQuery.everyone(), byName, 0, PAGE)));
        rows.add(time("lead: count, whole clinic", () -> patients.count(lead, RosterQuery.everyone())));
        rows.add(time("lead: deep page (offset " + clinic / 2 + ")", () -> patients.roster(lead, RosterQuery.everyone(), byName, clinic / 2, PAGE)));
        rows.add(time("lead: first page sorted by age", () -> patients.roster(lead, RosterQuery.everyone(),
                List.of(new RosterSort(RosterSort.Column.AGE, true)), 0, PAGE)));
        rows.add(time("therapist: first page, own caseload", () -> patients.roster(therapist, RosterQuery.everyone(), byName, 0, PAGE)));
        rows.add(time("therapist: count, own caseload", () -> patients.count(therapist, RosterQuery.everyone())));
        rows.add(time("name search 'smith': first page", () -> patients.roster(lead, smith, byName, 0, PAGE)));
        rows.add(time("name search 'smith': count", () -> patients.count(lead, smith)));
        rows.add(time("name search 'olivia smi': first page", () -> patients.roster(lead, oliviaSmith, byName, 0, PAGE)));
        rows.add(time("MRN search 'BB-0421': first page", () -> patients.roster(lead, mrn, byName, 0, PAGE)));
        for (StageFilter stage : StageFilter.values()) {
            RosterQuery staged = RosterQuery.everyone().withStage(Optional.of(stage));
            rows.add(time("stage filter " + stage + ": first page", () -> patients.roster(lead, staged, byName, 0, PAGE)));
            rows.add(time("stage filter " + stage + ": count", () -> patients.count(lead, staged)));
        }
        RosterQuery watch = RosterQuery.everyone().withStage(Optional.of(StageFilter.CHRONICITY_WATCH));
        rows.add(time("therapist: chronicity watch, first page", () -> patients.roster(therapist, watch, byName, 0, PAGE)));
        rows.add(time("lead: sorted by days until chronic, first page", () -> patients.roster(lead,
                RosterQuery.everyone(), List.of(new RosterSort(RosterSort.Column.DAYS_TO_CHRONIC, true)), 0, PAGE)));
        RosterQuery emergency = RosterQuery.everyone().withFlags(Optional.of(FlagFilter.EMERGENCY));
        RosterQuery anyFlag = RosterQuery.everyone().withFlags(Optional.of(FlagFilter.ANY));
        rows.add(time("red-flag filter EMERGENCY: first page", () -> patients.roster(lead, emergency, byName, 0, PAGE)));
        rows.add(time("red-flag filter any tier: count", () -> patients.count(lead, anyFlag)));

        List<PatientId> withCare = jdbc.queryForList("select distinct patient_id from episode order by patient_id"
                + " limit 500", java.util.UUID.class).stream().map(PatientId::new).toList();
        int[] next = {0};
        String patientPage = time("patient page data (episodes, check-ins, flags; a different patient each run)",
                () -> care.read(lead, withCare.get(next[0]++ % withCare.size())).orElseThrow());
        rows.add(patientPage);
        long checkIns = jdbc.queryForObject("select count(*) from check_in", Long.class);
        long episodes = jdbc.queryForObject("select count(*) from episode", Long.class);

        String report = "# Roster and patient page benchmark\n\n" + clinic + " active patients, " + episodes
                + " episodes, " + checkIns + " check-ins; " + RUNS + " runs after " + WARMUP
                + " warm-up runs; server-side time of the service call (PostgreSQL included).\n\n"
                + "| operation | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
        Path out = Path.of("target", "benchmark", "roster.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private Actor actor(String username) {
        Clinician clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return new Actor(clinician.id(), clinician.role());
    }

    private static String time(String operation, Supplier<?> call) {
        return Timing.row(operation, WARMUP, RUNS, call);
    }
}
