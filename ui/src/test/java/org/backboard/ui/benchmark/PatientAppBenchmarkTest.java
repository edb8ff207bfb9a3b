package org.backboard.ui.benchmark;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.care.HomeService;
import org.backboard.core.care.RedFlagService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.program.SessionDraft;
import org.backboard.core.redflag.AcknowledgementAction;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.ui.benchmark.Timing.Percentiles;
import org.backboard.ui.e2e.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The patient app at clinic scale: the Today page on a phone in Chromium, a session recorded from
 * the app (server side), and a patient's emergency answer reaching a therapist's open worklist.
 * Writes {@code target/benchmark/patient-app.md}. Start it with {@code ./backboard.sh bench}.
 */
@BenchmarkClinic
class PatientAppBenchmarkTest {

    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    private static final int WRITE_WARMUP = 10;
    private static final int WRITE_RUNS = 100;
    private static final int ALERTS = 10;
    private static final String EXERCISES_SHOWN = "() => document.querySelector('.bb-home-exercise') !== null";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HomeService home;
    @Autowired
    RedFlagService flags;
    @Autowired
    Clinicians clinicians;

    @Test
    void whatAPatientWaitsFor() throws IOException {
        List<PatientId> appPatients = jdbc.queryForList("""
                select patient_id from patient_account where sign_in_name like 'patient_' and state = 'ACTIVE'
                 order by sign_in_name""", UUID.class).stream().map(PatientId::new).toList();
        StringBuilder report = new StringBuilder("# Patient app benchmark\n\n" + appPatients.size()
                + " demo patients with the app, in the clinic of the other benchmarks. Times in ms.\n\n"
                + "| operation | p50 | p95 | p99 |\n|---|---:|---:|---:|\n");
        try (Browser browser = new Browser(port)) {
            Page phone = browser.newPhonePage();
            signIn(phone);
            report.append(row("Today page opened on a phone (390 px), navigation start to the exercises drawn "
                    + "(a full page load, over the page itself: the browser treats it as a reload)",
                    Timing.ofRuns(WARMUP, RUNS, run -> openToday(phone))));
            report.append(row("Today page opened on a phone (390 px) from another page (as from a link or the "
                    + "home screen), navigation start to the exercises drawn", Timing.ofRuns(WARMUP, RUNS, run -> {
                        phone.navigate("about:blank");
                        return openToday(phone);
                    })));
            report.append(row("Today from the app's menu (click to the exercises drawn)",
                    Timing.ofRuns(WARMUP, RUNS, run -> todayFromMenu(phone))));
            phone.context().close();
            report.append(row("record a session from the app (server side, " + appPatients.size()
                    + " patients in turn)", Timing.measure(WRITE_WARMUP, WRITE_RUNS, run -> session(
                    appPatients.get(run % appPatients.size())))));
            report.append(row("a patient's emergency answer to the item on the therapist's open worklist "
                    + "(commit to drawn; " + ALERTS + " runs)", emergencies(browser, appPatients.getFirst())));
        }
        Path out = Path.of("target", "benchmark", "patient-app.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static void signIn(Page phone) {
        phone.navigate("/app/login");
        phone.getByLabel("Your email or user name").fill("patient1");
        phone.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-patient");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        phone.waitForFunction(EXERCISES_SHOWN);
    }

    /** Read off the page's own clock, whose origin is the navigation's start. */
    private static double openToday(Page phone) {
        phone.navigate("/app");
        return ((Number) phone.waitForFunction("() => (" + EXERCISES_SHOWN + ")() && performance.now()")
                .jsonValue()).doubleValue();
    }

    private static double todayFromMenu(Page phone) {
        phone.locator(".bb-home-nav a", new Page.LocatorOptions().setHasText("My progress")).click();
        phone.locator("#progress-weeks, .bb-home-page h1").first().waitFor();
        phone.evaluate("() => document.addEventListener('click', e => window.clickedAt = e.timeStamp,"
                + " {capture: true, once: true})");
        phone.locator(".bb-home-nav a", new Page.LocatorOptions().setHasText("Today")).click();
        double drawn = ((Number) phone.waitForFunction("() => (" + EXERCISES_SHOWN + ")() && performance.now()")
                .jsonValue()).doubleValue();
        return drawn - ((Number) phone.evaluate("() => window.clickedAt")).doubleValue();
    }

    private Result<?> session(PatientId patient) {
        PatientActor actor = new PatientActor(patient);
        HomeService.Home today = ((Result.Saved<HomeService.Home>) home.today(actor)).value();
        var version = today.program().orElseThrow().program().inForceOn(today.today()).orElseThrow();
        Result<?> result = home.recordSession(actor, new SessionDraft(today.today(),
                Set.of(version.prescriptions().getFirst().exercise()), 2, 1, false, "", null));
        if (!(result instanceof Result.Saved)) {
            throw new IllegalStateException("session refused: " + result);
        }
        return result;
    }

    /**
     * Each run: the patient's open saddle-numbness flag is acknowledged and the worklist reloaded
     * and filtered to the patient, without it; then the patient answers "yes" again. Timed from the
     * check-in's commit to the frame that shows the item, on the worklist's own clock.
     */
    private Percentiles emergencies(Browser browser, PatientId patient) {
        Clinician therapist = clinicians.findByUsername(new Username("therapist1")).orElseThrow();
        Clinician leadAccount = clinicians.findByUsername(new Username("lead")).orElseThrow();
        Actor lead = new Actor(leadAccount.id(), leadAccount.role());
        Page desk = browser.signIn(therapist.username().value(), "demo-therapist");
        String name = jdbc.queryForObject("select family_name || ', ' || given_name from patient where id = ?",
                String.class, patient.value());
        return Timing.ofRuns(1, ALERTS, run -> {
            jdbc.queryForList("""
                    select id, version from red_flag where patient_id = ? and code = 'SADDLE_NUMBNESS'
                       and acknowledged_at is null""", patient.value()).forEach(open -> flags.acknowledge(lead,
                    (UUID) open.get("id"), ((Number) open.get("version")).longValue(),
                    AcknowledgementAction.REVIEWED_NOT_A_CONCERN, "Benchmark run"));
            desk.navigate("/");
            desk.locator("#worklist-summary").waitFor();
            // only this patient's items: other patients may have the same sign open
            desk.locator("#worklist-patient input").fill(name);
            desk.waitForFunction("() => ![...document.querySelectorAll('#worklist vaadin-grid-cell-content')]"
                    + ".some(c => c.offsetParent !== null && c.textContent.includes('groin or saddle area'))");
            Browser.settle(desk);
            double origin = ((Number) desk.evaluate("() => performance.timeOrigin")).doubleValue();
            Result<?> reported = home.checkIn(new PatientActor(patient), new CheckInDraft(null, null, 7, null,
                    Set.of(), Set.of(RedFlag.SADDLE_NUMBNESS), ""));
            double committed = System.currentTimeMillis() - origin;
            if (!(reported instanceof Result.Saved)) {
                throw new IllegalStateException("check-in refused: " + reported);
            }
            double shown = ((Number) desk.waitForFunction("() => [...document.querySelectorAll("
                    + "'#worklist vaadin-grid-cell-content')].some(c => c.offsetParent !== null"
                    + " && c.textContent.includes('groin or saddle area')) && performance.now()").jsonValue())
                    .doubleValue();
            return shown - committed;
        });
    }

    private static String row(String operation, Percentiles timing) {
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", operation, timing.p50(), timing.p95(),
                timing.p99());
    }
}
