package org.backboard.ui.benchmark;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backboard.ui.benchmark.Timing.Percentiles;
import org.backboard.ui.e2e.Browser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a clinician waits for, in headless Chromium against the clinic-scale application: signing
 * in to a rendered roster, a roster search, and opening a patient page until its charts are drawn.
 * Then the heap each open session keeps on the server. Writes {@code target/benchmark/browser.md}.
 */
@BenchmarkClinic
class BrowserBenchmarkTest {

    private static final int WARMUP = 5;
    private static final int RUNS = 30;
    private static final int SESSIONS = 40;
    private static final String ROWS = "#roster-grid vaadin-grid-cell-content:visible";
    private static final String CHARTS_DRAWN = "() => { const charts = [...document.querySelectorAll('.bb-chart')];"
            + " return charts.length > 0 && charts.every(c => c.chart); }";
    private static final String ROW_SHOWN = "[...document.querySelectorAll('#roster-grid vaadin-grid-cell-content')]"
            + ".some(cell => cell.offsetParent !== null && cell.textContent.trim().length > 0)";

    /** The patient page's first request: from its start to the first byte of the answer (server work). */
    private final List<Double> patientPageServer = new ArrayList<>();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whatAClinicianWaitsFor() throws IOException {
        List<String> mrns = jdbc.queryForList("""
                select p.mrn from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE' and p.open_onset is not null
                 order by p.id limit 40""", String.class);
        StringBuilder report = new StringBuilder("# Browser benchmark\n\nHeadless Chromium on the same machine as the"
                + " server; " + RUNS + " runs after " + WARMUP + " warm-up runs; times in ms.\n\n"
                + "| interaction | p50 | p95 | p99 |\n|---|---:|---:|---:|\n");
        try (Browser browser = new Browser(port)) {
            Page page = browser.newPage();
            report.append(row("sign in (lead) to the whole clinic's roster rendered", Timing.ofRuns(WARMUP, RUNS,
                    run -> signInToRoster(browser, page))));
            report.append(row("roster search round trip (request sent to matching rows shown)",
                    Timing.ofRuns(WARMUP, RUNS, run -> searchRoundTrip(page, mrns.get(run % mrns.size())))));
            report.append(row("roster row to patient page with its charts drawn", Timing.ofRuns(WARMUP, RUNS,
                    run -> openPatient(page, mrns.get(run % mrns.size())))));
            report.append(row("… of which the server builds the patient page (request start to first byte)",
                    Timing.of(patientPageServer.subList(WARMUP, patientPageServer.size()))));
            page.context().close();
            report.append("\nThe search field waits 400 ms after the last key press before it sends (Vaadin's lazy"
                    + " value change), so that typing a name sends one search, not one per letter; the round trip"
                    + " is timed from the request leaving the browser.\n\n");
            report.append(retainedHeap(browser, mrns));
        }
        Path out = Path.of("target", "benchmark", "browser.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /**
     * From the sign-in request to the first roster row on screen, read off the new page's own clock
     * (its time origin is the sign-in POST); the browser cache stays warm between runs, as for a
     * clinician who signs in every morning.
     */
    private static double signInToRoster(Browser browser, Page page) {
        page.context().clearCookies();
        page.navigate(browser.url("/patients"));
        page.getByLabel("Username").fill("lead");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("demo-lead");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        return shownAt(page, "() => " + ROW_SHOWN);
    }

    /**
     * From the start of the first server request after the search is typed to the first animation
     * frame that shows the patient's MRN in the grid.
     */
    private static double searchRoundTrip(Page page, String mrn) {
        page.locator("#roster-search input").fill("");
        page.waitForTimeout(500);
        double typed = ((Number) page.evaluate("() => performance.now()")).doubleValue();
        page.locator("#roster-search input").fill(mrn);
        double shown = ((Number) page.waitForFunction("mrn => [...document.querySelectorAll('#roster-grid"
                + " vaadin-grid-cell-content')].some(cell => cell.offsetParent !== null && cell.textContent.trim()"
                + " === mrn) && performance.now()", mrn).jsonValue()).doubleValue();
        double sent = ((Number) page.evaluate("typed => performance.getEntriesByType('resource')"
                + ".filter(e => e.name.includes('v-r=uidl') && e.startTime >= typed)[0].startTime", typed)).doubleValue();
        return shown - sent;
    }

    /**
     * From the click on the patient's row (the event's own time stamp) to the frame where every
     * chart on the patient page is drawn; back to the roster through the side navigation, as a
     * clinician would, so Chart.js is loaded once per sign-in, not once per patient.
     */
    private double openPatient(Page page, String mrn) {
        if (page.locator("#roster-search").count() == 0) {
            page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("All patients")).click();
            page.locator(ROWS).first().waitFor();
        }
        Locator row = searchFor(page, mrn);
        row.waitFor();
        page.evaluate("() => { performance.clearResourceTimings(); document.addEventListener('click',"
                + " e => window.clickedAt = e.timeStamp, {capture: true, once: true}); }");
        row.click();
        double drawn = shownAt(page, CHARTS_DRAWN);
        patientPageServer.add(((Number) page.evaluate("() => { const r = performance.getEntriesByType('resource')"
                + ".find(e => e.name.includes('v-r=uidl')); return r.responseStart - r.requestStart; }")).doubleValue());
        return drawn - ((Number) page.evaluate("() => window.clickedAt")).doubleValue();
    }

    /** The page time of the first animation frame at which the condition holds (Playwright polls on frames). */
    private static double shownAt(Page page, String condition) {
        return ((Number) page.waitForFunction("() => (" + condition + ")() && performance.now()")
                .jsonValue()).doubleValue();
    }

    /**
     * Heap the server keeps per open session: {@value #SESSIONS} therapists signed in, each on a
     * patient page reached from the roster, measured after full collections before and after.
     */
    private String retainedHeap(Browser browser, List<String> mrns) {
        Page warm = browser.signIn("therapist1", "demo-therapist");
        openFromRoster(browser, warm, mrns.getFirst());
        long before = heapAfterGc();
        List<Page> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Page page = browser.signIn("therapist1", "demo-therapist");
            openFromRoster(browser, page, mrns.get(i % mrns.size()));
            open.add(page);
        }
        long after = heapAfterGc();
        double perSession = (after - before) / (double) SESSIONS / (1024 * 1024);
        open.forEach(page -> page.context().close());
        warm.context().close();
        return String.format(Locale.ROOT, "Retained heap per active session: **%.2f MB** (%d sessions, each signed"
                + " in with the roster and then a patient page with its charts open; used heap after full collections"
                + " %.1f MB before, %.1f MB after).%n", perSession, SESSIONS, before / 1048576.0, after / 1048576.0);
    }

    private static void openFromRoster(Browser browser, Page page, String mrn) {
        page.navigate(browser.url("/patients"));
        page.locator(ROWS).first().waitFor();
        searchFor(page, mrn).click();
        page.waitForFunction(CHARTS_DRAWN);
    }

    /** Types the MRN into the roster search; the patient's row, once the grid shows it. */
    private static Locator searchFor(Page page, String mrn) {
        page.locator("#roster-search input").fill(mrn);
        return page.locator(ROWS).getByText(mrn, new Locator.GetByTextOptions().setExact(true));
    }

    private static long heapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static String row(String interaction, Percentiles timing) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", interaction, timing.p50(), timing.p95(),
                timing.p99());
    }
}
