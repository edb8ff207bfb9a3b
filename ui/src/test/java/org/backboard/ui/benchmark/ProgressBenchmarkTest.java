package org.backboard.ui.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.care.WorklistService;
import org.backboard.core.clinic.ClinicOutcomesService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.clinician.Username;
import org.backboard.core.worklist.Worklist;
import org.backboard.ui.BackboardApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Server-side timing of the worklist and the clinic outcomes at clinic scale, through the service
 * calls the pages make. The demo spreads 100,000 patients over three therapists; a real therapist
 * carries about 300 open episodes, so one is given exactly that caseload (in the benchmark's own
 * database) and timed, beside a lead's view of the whole clinic.
 */
@Tag("benchmark")
@SpringBootTest(classes = BackboardApplication.class, properties = "backboard.demo.patients=${backboard.bench.patients:100000}")
@ActiveProfiles("demo")
class ProgressBenchmarkTest {

    private static final int CASELOAD = 300;

    @Autowired
    WorklistService worklist;
    @Autowired
    ClinicOutcomesService outcomes;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void worklistAndClinicOutcomesAtClinicScale() throws IOException {
        Actor lead = actor("lead");
        Actor therapist = benchTherapist();
        int open = worklist.today(therapist, Optional.empty()).openEpisodes();
        int clinicOpen = jdbc.queryForObject("select count(*) from episode where status <> 'DISCHARGED'", Integer.class);

        List<String> rows = new ArrayList<>();
        rows.add(Timing.row("worklist: therapist, " + open + " open episodes", 20, 200,
                () -> worklist.today(therapist, Optional.empty())));
        rows.add(Timing.row("worklist: lead, filtered to that therapist", 20, 200,
                () -> worklist.today(lead, Optional.of(therapist.id()))));
        rows.add(Timing.row("worklist: lead, whole clinic (" + clinicOpen + " open episodes; red flags only past "
                + Worklist.CLINIC_WIDE_LIMIT + ")", 2, 10,
                () -> worklist.today(lead, Optional.empty())));
        rows.add(Timing.row("clinic outcomes (lead)", 5, 50, () -> outcomes.today(lead)));
        long sessions = jdbc.queryForObject("select count(*) from exercise_session", Long.class);
        long questionnaires = jdbc.queryForObject("select count(*) from outcome_measure", Long.class);
        long programs = jdbc.queryForObject("select count(*) from program", Long.class);

        String report = "# Worklist and clinic outcomes benchmark\n\n" + clinicOpen + " open episodes, " + programs
                + " programs, " + sessions + " exercise sessions, " + questionnaires + " questionnaires; "
                + "server-side time of the service call (PostgreSQL included).\n\n"
                + "| operation | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|\n" + String.join("\n", rows) + "\n";
        Path out = Path.of("target", "benchmark", "progress.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** A therapist with the first 300 active patients who have an open episode (idempotent). */
    private Actor benchTherapist() {
        Username name = new Username("bench.therapist");
        Clinician clinician = clinicians.findByUsername(name).orElseGet(() -> {
            Clinician created = Clinician.create(name, "Bench Therapist", "{noop}unused", Role.THERAPIST);
            clinicians.add(created);
            return created;
        });
        UUID id = clinician.id().value();
        if (jdbc.queryForObject("select count(*) from patient where therapist_id = ?", Integer.class, id) == 0) {
            jdbc.update("""
                    update patient set therapist_id = ? where id in (
                        select p.id from patient p where p.status = 'ACTIVE' and p.open_onset is not null
                         order by p.id limit ?)""", id, CASELOAD);
        }
        return new Actor(clinician.id(), clinician.role());
    }

    private Actor actor(String username) {
        Clinician clinician = clinicians.findByUsername(new Username(username)).orElseThrow();
        return new Actor(clinician.id(), clinician.role());
    }
}
