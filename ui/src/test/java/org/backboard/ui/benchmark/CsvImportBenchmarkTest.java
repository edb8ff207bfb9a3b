package org.backboard.ui.benchmark;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patientimport.ImportProgress;
import org.backboard.core.patientimport.ImportReport;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.shared.Result;
import org.backboard.ui.benchmark.Timing.Percentiles;
import org.backboard.ui.e2e.Browser;
import org.backboard.ui.e2e.pages.ImportPage;
import org.backboard.ui.csv.CsvRefusal;
import org.backboard.ui.patientimport.PatientCsv;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A lead's import of 10,000 patients (a third without an episode) at clinic scale: the preview (file
 * read, every row checked, the clinic asked once for the MRNs) and the import (saved in one
 * transaction with every audit row), on the server and in Chromium from the upload to the preview
 * drawn and from Confirm to the report drawn. Writes {@code target/benchmark/csv-import.md}.
 * <p>
 * Each import adds 10,000 patients; they are archived once timed, so the screens of the other
 * benchmarks (active patients only) meet the clinic as the generator made it. Start it with
 * {@code ./backboard.sh bench}, or alone with
 * {@code ./mvnw -Pbenchmark verify -pl ui -Dtest=CsvImportBenchmarkTest} on a database of its own.
 */
@BenchmarkClinic
class CsvImportBenchmarkTest {

    private static final int ROWS = 10_000;
    private static final int PREVIEW_WARMUP = 2;
    private static final int PREVIEW_RUNS = 5;
    private static final String[] GIVEN = {"Alex", "Sam", "Zoë", "Maria", "Jun", "Amara", "Liam", "Noor", "Ola", "Ines"};
    private static final String[] FAMILY = {"Okafor", "Müller", "Lindqvist", "Nakamura", "Silva", "O'Brien", "Haddad",
            "Kowalski", "Ng", "Dubois"};
    private static final String[] REGIONS = {"cervical", "thoracic", "lumbar", "sacral_coccyx"};
    private static final String[] PAIN = {"mechanical", "neuropathic", "inflammatory"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PatientImportService imports;
    @Autowired
    Clinicians clinicians;

    @Test
    void aTenThousandPatientListIsPreviewedAndImportedWithinTenSecondsEach() throws IOException {
        Clinician leadAccount = clinicians.findByUsername(new Username("lead")).orElseThrow();
        Actor lead = new Actor(leadAccount.id(), leadAccount.role());
        List<String> therapists = jdbc.queryForList("select username from clinician where role = 'THERAPIST'"
                + " and active order by username", String.class);
        int patientsBefore = jdbc.queryForObject("select count(*) from patient", Integer.class);
        byte[] serverFile = file("CSVS", therapists);
        byte[] browserFile = file("CSVB", therapists);

        Percentiles preview = Timing.measure(PREVIEW_WARMUP, PREVIEW_RUNS,
                () -> imports.preview(lead, rows(serverFile), ImportProgress.none()));
        long started = System.nanoTime();
        Result<ImportReport> imported = imports.confirm(lead, rows(serverFile),
                ImportProgress.none());
        double importMillis = (System.nanoTime() - started) / 1e6;
        int saved = ((Result.Saved<ImportReport>) imported).value().patients();

        double[] browser = inChromium(browserFile);
        int archived = jdbc.update("update patient set status = 'ARCHIVED' where mrn like 'CSV%-%'");

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, """
                # CSV import benchmark

                A file of %,d patients (%,d bytes, two thirds with an open episode) into a clinic of %,d patients.
                Times in ms; the goal is 10,000 ms for each.

                | step | p50 | p95 | p99 |
                |---|---:|---:|---:|
                """, ROWS, serverFile.length, patientsBefore));
        report.append(row("preview on the server: file read and every row checked (%d runs after %d)"
                .formatted(PREVIEW_RUNS, PREVIEW_WARMUP), preview));
        report.append(row("import on the server: checked again, %,d patients saved in one transaction".formatted(saved),
                new Percentiles(importMillis, importMillis, importMillis)));
        report.append(row("in Chromium: upload to the preview drawn (1 run)",
                new Percentiles(browser[0], browser[0], browser[0])));
        report.append(row("in Chromium: Confirm to the report drawn (1 run)",
                new Percentiles(browser[1], browser[1], browser[1])));
        report.append(String.format(Locale.ROOT, "%nThe %,d imported patients were archived afterwards.%n", archived));
        Path out = Path.of("target", "benchmark", "csv-import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Upload to the preview drawn, then Confirm to the report drawn, read off the wall clock. */
    private double[] inChromium(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("patients", ".csv");
        Files.write(file, bytes);
        try (Browser browser = new Browser(port)) {
            Page page = browser.signIn("lead", "demo-lead");
            ImportPage importing = ImportPage.open(page);
            Browser.settle(page);
            page.setDefaultTimeout(120_000);
            long started = System.nanoTime();
            importing.upload(file);
            importing.summary().getByText("ready to import").waitFor();
            importing.grid().locator("vaadin-grid-cell-content").first().waitFor();
            double previewed = (System.nanoTime() - started) / 1e6;
            started = System.nanoTime();
            importing.confirm();
            importing.summary().getByText("Imported").waitFor();
            double imported = (System.nanoTime() - started) / 1e6;
            return new double[] {previewed, imported};
        }
    }

    /** MRNs of their own, names with accents and apostrophes, a third without an episode. */
    private static byte[] file(String prefix, List<String> therapists) {
        Random random = new Random(prefix.hashCode());
        String run = UUID.randomUUID().toString().substring(0, 4).toUpperCase(Locale.ROOT);
        LocalDate today = LocalDate.now();
        List<String> lines = new ArrayList<>(List.of(
                "mrn,given_name,family_name,date_of_birth,sex,phone,email,therapist,onset,region,pain_type"));
        for (int i = 0; i < ROWS; i++) {
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String episode = i % 3 == 0 ? ",," : today.minusDays(1 + random.nextInt(200)) + ","
                    + REGIONS[random.nextInt(REGIONS.length)] + "," + PAIN[random.nextInt(PAIN.length)];
            lines.add(String.join(",", String.format("%s%s-%05d", prefix, run, i), given, family,
                    LocalDate.of(1940 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)).toString(),
                    random.nextBoolean() ? "female" : "male", "+44 20 7946 " + (1000 + random.nextInt(9000)),
                    given.toLowerCase(Locale.ROOT).replace("ë", "e") + i + "@example.org",
                    therapists.get(random.nextInt(therapists.size())), episode));
        }
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<org.backboard.core.patientimport.ImportRow> rows(byte[] file) {
        try {
            return PatientCsv.read(file).rows();
        } catch (CsvRefusal refused) {
            throw new IllegalStateException(refused.getMessage());
        }
    }

    private static String row(String step, Percentiles timing) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |%n", step, timing.p50(), timing.p95(),
                timing.p99());
    }
}
