package org.backboard.ui.patientimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
import org.backboard.core.patientimport.CheckedRow;
import org.backboard.core.patientimport.ImportColumn;
import org.backboard.core.patientimport.ImportPreview;
import org.backboard.core.patientimport.ImportProgress;
import org.backboard.core.patientimport.ImportReport;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.shared.Result;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.ClinicFixture;
import org.backboard.ui.LockWaits;
import org.backboard.ui.csv.CsvRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A lead's patient list, from the bytes of the file to the rows in PostgreSQL: every kind of bad row
 * refused on its column, the valid rows saved together with their audit, nothing of a refused row
 * or of a failed batch left behind. The therapists are the test's own, so the demo clinic's
 * caseloads are left as they were.
 */
@BackboardSpringTest
class PatientImportTest {

    @Autowired
    PatientImportService imports;
    @Autowired
    PatientService patients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ApplicationContext context;

    private Actor lead;
    private Clinician tess;
    private Clinician theo;
    private String prefix;
    private LocalDate today;

    @BeforeEach
    void aLeadTwoTherapistsAndMrnsNoOneHasYet() {
        ClinicFixture fixture = new ClinicFixture(context);
        lead = ClinicFixture.actor(fixture.lead());
        tess = fixture.therapist();
        theo = fixture.therapist();
        prefix = "IM" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        today = patients.today();
    }

    /** A spreadsheet set to a language with decimal commas: BOM, semicolons, CRLF, a quoted semicolon. */
    @Test
    void aFileWithEveryKindOfBadRowImportsItsValidRowsAndNothingOfTheOthers() throws CsvRefusal {
        String taken = jdbc.queryForObject("select mrn from patient order by mrn limit 1", String.class);
        String file = "\uFEFF" + String.join("\r\n",
                "mrn;Given Name;FAMILY_NAME;date_of_birth;sex;phone;email;therapist;onset;region;pain_type;notes",
                line(p("1"), "Zoë", "Müller", "1984-03-09", "female", "+44 20 7946 0018", "zoe@example.org", tess,
                        today.minusDays(30) + ";lumbar;mechanical;likes mornings"),
                line(p("2"), "Sam", "\"O;Brien\"", "1979-11-30", "male", "", "", theo, ";;;"),
                line("x!", "Bad", "Mrn", "1980-01-01", "male", "", "", tess, ";;;"),
                line(p("D"), "Dup", "One", "1980-01-01", "male", "", "", tess, ";;;"),
                line(p("d"), "Dup", "Two", "1980-01-01", "male", "", "", tess, ";;;"),
                line(taken, "Taken", "Already", "1980-01-01", "male", "", "", tess, ";;;"),
                line(p("3"), "Impossible", "Date", "1984-02-30", "female", "", "", tess, ";;;"),
                line(p("4"), "Unknown", "Therapist", "1980-01-01", "female", "", "", null, ";;;"),
                line(p("5"), "Onset", "Future", "1980-01-01", "female", "", "", tess,
                        today.plusDays(5) + ";lumbar;mechanical;"),
                line(p("6"), "Control", "Char\u0007", "1980-01-01", "female", "", "", tess, ";;;")) + "\r\n";

        PatientCsv csv = PatientCsv.read(file.getBytes(StandardCharsets.UTF_8));
        ImportPreview preview = imports.preview(lead, csv.rows(), ImportProgress.none());

        assertThat(csv.separator()).isEqualTo(';');
        assertThat(csv.header().ignored()).containsExactly("notes");
        assertThat(preview.ready()).isEqualTo(2);
        assertThat(problemOn(preview, 4, ImportColumn.MRN)).contains("MRN must be 3-20 letters, digits or dashes");
        assertThat(problemOn(preview, 5, ImportColumn.MRN)).contains("The file has this MRN more than once: also on line 6");
        assertThat(problemOn(preview, 6, ImportColumn.MRN)).contains("The file has this MRN more than once: also on line 5");
        assertThat(problemOn(preview, 7, ImportColumn.MRN)).contains("Another patient already has this MRN");
        assertThat(problemOn(preview, 8, ImportColumn.DATE_OF_BIRTH)).contains("There is no such day as 1984-02-30");
        assertThat(problemOn(preview, 9, ImportColumn.THERAPIST)).contains("No active therapist has this user name");
        assertThat(problemOn(preview, 10, ImportColumn.ONSET)).contains("Symptom onset cannot be in the future");
        assertThat(problemOn(preview, 11, ImportColumn.FAMILY_NAME)).hasValueSatisfying(
                message -> assertThat(message).startsWith("Remove the hidden or control character"));
        assertThat(countWithPrefix()).as("a preview saves nothing").isZero();

        ImportReport report = saved(ImportWork.untilNoRaceIsLost(
                () -> imports.confirm(lead, csv.rows(), ImportProgress.none())));

        assertThat(report.patients()).isEqualTo(2);
        assertThat(report.episodes()).isOne();
        assertThat(report.refused()).extracting(row -> row.source().line())
                .containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(jdbc.queryForList("select mrn from patient where mrn like ? order by mrn", String.class,
                prefix + "%")).containsExactly(p("1"), p("2"));
        assertThat(jdbc.queryForObject("select family_name from patient where mrn = ?", String.class, p("2")))
                .isEqualTo("O;Brien");
        assertThat(jdbc.queryForObject("""
                select count(*) from episode e join patient p on p.id = e.patient_id
                 where p.mrn = ? and e.onset_date = ? and e.therapist_id = ? and e.status = 'ACTIVE'""",
                Integer.class, p("1"), today.minusDays(30), tess.id().value())).isOne();
        assertThat(auditedByTheLead("PATIENT_REGISTERED")).isEqualTo(2);
        assertThat(auditedByTheLead("EPISODE_OPENED")).isOne();
        assertThat(jdbc.queryForObject("select entity_id from audit_event where action = 'PATIENTS_IMPORTED'"
                + " and actor_id = ?", String.class, lead.id().value())).isEqualTo("2 of 10 rows");
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedAsAWhole() {
        String file = "mrn,given_name,family_name,date_of_birth,sex\n" + p("1") + ",Alex,Okafor,1984-03-09,female\n";

        assertThatThrownBy(() -> PatientCsv.read(file.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CsvRefusal.class)
                .hasMessage("The first line must name the columns. Missing: therapist.");
    }

    @Test
    void aWindows1252FileIsRefusedNamingTheLineToLookAt() {
        String file = "mrn,given_name,family_name,date_of_birth,sex,therapist\n"
                + p("1") + ",Alex,Okafor,1984-03-09,female," + tess.username().value() + "\n"
                + p("2") + ",Zoë,Müller,1984-03-09,female," + tess.username().value() + "\n";

        assertThatThrownBy(() -> PatientCsv.read(file.getBytes(Charset.forName("windows-1252"))))
                .isInstanceOf(CsvRefusal.class).hasMessageContaining("line 3");
        assertThat(countWithPrefix()).isZero();
    }

    /**
     * A patient registered with one of the file's MRNs while the import saves: the unique index refuses
     * the import's second batch after its first was written, the whole import rolls back (nothing of
     * the first batch stays, nor its audit), and the run again refuses that row and saves the rest.
     */
    @Test
    void aPatientRegisteredWhileTheImportSavesFailsTheWholeImportAndTheRunAgainSavesTheRest() throws Exception {
        List<String> lines = new ArrayList<>(List.of("mrn,given_name,family_name,date_of_birth,sex,therapist"));
        for (int i = 0; i < 1_500; i++) {
            lines.add(String.format("%s-%04d,Bulk,Importee%04d,1980-01-01,unknown,%s", prefix, i, i,
                    tess.username().value()));
        }
        String raced = String.format("%s-%04d", prefix, 1_200);
        PatientCsv csv = PatientCsv.read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        AtomicInteger checks = new AtomicInteger();
        ImportProgress counting = (stage, done, total) -> {
            if (stage == ImportProgress.Stage.CHECKING && done == total) {
                checks.incrementAndGet();
            }
        };

        CompletableFuture<Result<ImportReport>> importing = new TransactionTemplate(transactions).execute(status -> {
            saved(patients.register(lead, new PatientDraft(raced, "Rae", "Racer", LocalDate.of(1980, 1, 1),
                    Sex.UNKNOWN, "", "", Optional.of(theo.id()))));
            // registered, not committed: the import's check cannot see it, its insert must wait for it
            CompletableFuture<Result<ImportReport>> second = CompletableFuture.supplyAsync(() ->
                    ImportWork.untilNoRaceIsLost(() -> imports.confirm(lead, csv.rows(), counting)));
            LockWaits.awaitAStatementWaitingOnALock(jdbc, "the import's insert waits on the registration");
            return second;
        });

        ImportReport report = saved(importing.get(60, TimeUnit.SECONDS));
        assertThat(checks.get()).as("run twice").isEqualTo(2);
        assertThat(report.patients()).isEqualTo(1_499);
        assertThat(report.refused()).singleElement().satisfies(row -> {
            assertThat(row.source().line()).isEqualTo(1_202);
            assertThat(row.problemOn(ImportColumn.MRN)).contains("Another patient already has this MRN");
        });
        assertThat(countWithPrefix()).isEqualTo(1_500);
        assertThat(jdbc.queryForObject("select given_name from patient where mrn = ?", String.class, raced))
                .isEqualTo("Rae");
        assertThat(auditedByTheLead("PATIENT_REGISTERED")).as("the lead's one and the import's second run")
                .isEqualTo(1 + 1_499);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PATIENTS_IMPORTED'"
                + " and actor_id = ?", Integer.class, lead.id().value())).isOne();
    }

    private String p(String suffix) {
        return prefix + "-" + suffix;
    }

    private static String line(String mrn, String given, String family, String born, String sex, String phone,
                               String email, Clinician therapist, String episodeAndNotes) {
        return String.join(";", mrn, given, family, born, sex, phone, email,
                therapist == null ? "nobody" : therapist.username().value()) + ";" + episodeAndNotes;
    }

    private static Optional<String> problemOn(ImportPreview preview, long line, ImportColumn column) {
        CheckedRow row = preview.rows().stream().filter(r -> r.source().line() == line).findFirst().orElseThrow();
        return row.problemOn(column);
    }

    private int countWithPrefix() {
        return jdbc.queryForObject("select count(*) from patient where mrn like ?", Integer.class, prefix + "%");
    }

    private int auditedByTheLead(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and actor_id = ?",
                Integer.class, action, lead.id().value());
    }

    private static <T> T saved(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Saved.class);
        return ((Result.Saved<T>) result).value();
    }
}
