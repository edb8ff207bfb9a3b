package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.Result;
import org.backboard.ui.ClinicFixture;
import org.backboard.ui.e2e.pages.ImportPage;
import org.backboard.ui.e2e.pages.RosterPage;
import org.backboard.ui.e2e.pages.SignInPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * CSV in and out in Chromium: a lead imports a list (preview with each problem on its cell, then the
 * report) at laptop, tablet and phone width; a therapist cannot reach the import; a therapist's export
 * holds their own caseload under the roster's search, with a name that looks like a formula written as
 * text. Saves target/screenshots/import-preview-{width}.png and import-report-{width}.png.
 */
class CsvEndToEndTest extends EndToEndTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PatientService patients;

    @ParameterizedTest(name = "{0} px")
    @CsvSource({"1280, 800", "820, 1180", "390, 844"})
    void aLeadPreviewsAListWithEachProblemOnItsCellConfirmsAndReadsTheReport(int width, int height)
            throws IOException {
        ClinicFixture fixture = new ClinicFixture(context);
        Clinician lead = fixture.lead();
        Clinician therapist = fixture.therapist();
        String prefix = "E2E" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String username = therapist.username().value();
        Path file = Files.createTempFile("patients", ".csv");
        Files.writeString(file, "\uFEFFmrn;given_name;family_name;date_of_birth;sex;phone;email;therapist;onset;region;pain_type\r\n"
                + prefix + "-1;Zoë;Müller;1984-03-09;female;+44 20 7946 0018;;" + username + ";"
                + LocalDate.now().minusDays(40) + ";lumbar;mechanical\r\n"
                + prefix + "-2;Sam;Lindqvist;1979-11-30;male;;;" + username + ";;;\r\n"
                + prefix + "-3;Ada;Impossible;1984-02-30;female;;;" + username + ";;;\r\n"
                + prefix + "-4;Ben;Nobody;1980-01-01;male;;;nobody;;;\r\n", StandardCharsets.UTF_8);

        Page page = browser.newPage();
        page.setViewportSize(width, height);
        SignInPage.open(page).signIn(lead.username().value(), ClinicFixture.PASSWORD);
        RosterPage roster = RosterPage.open(page);
        roster.cells().first().waitFor();
        fits(page, "roster-lead", width);
        roster.importButton().click();
        ImportPage importing = new ImportPage(page);
        importing.toggleFileFormat();
        fits(page, "import-start", width);
        importing.toggleFileFormat();
        importing.upload(file);

        assertThat(importing.summary()).hasText("4 rows: 2 ready to import, 2 with problems.");
        assertThat(importing.confirmButton()).hasText("Import 2 patients");
        if (width >= 700) {
            assertThat(importing.problemCells().filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("1984-02-30"))).hasAttribute("title", "There is no such day as 1984-02-30");
            assertThat(importing.problemCells().filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("nobody"))).hasAttribute("title", "No active therapist has this user name");
        }
        assertThat(importing.cellSaying("Date of birth: There is no such day as 1984-02-30").first()).isVisible();
        assertThat(importing.cellSaying("Therapist: No active therapist has this user name").first()).isVisible();
        assertThat(jdbc.queryForObject("select count(*) from patient where mrn like ?", Integer.class, prefix + "%"))
                .as("nothing is saved before the lead confirms").isZero();
        fits(page, "import-preview", width);
        if (width >= 1024) {
            // the file's own columns, scrolled into view beside the frozen line and status
            page.evaluate("() => document.querySelector('#import-grid').shadowRoot.querySelector('#table')"
                    + ".scrollLeft = 400");
            Browser.settle(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("import-cells-1280.png")));
        }

        importing.confirm();

        assertThat(importing.summary()).hasText("Imported 2 patients and 1 episode. 2 rows not imported: "
                + "correct them in the file and import it again (the rows already imported will then show as taken).");
        assertThat(jdbc.queryForList("select mrn from patient where mrn like ? order by mrn", String.class,
                prefix + "%")).containsExactly(prefix + "-1", prefix + "-2");
        fits(page, "import-report", width);
        page.close();
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithWhatToDo() throws IOException {
        Path file = Files.createTempFile("ansi", ".csv");
        Files.write(file, "mrn,given_name,family_name,date_of_birth,sex,therapist\nBB-1,Zoë,Ng,1984-03-09,female,x\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Page page = browser.signIn("lead", "demo-lead");

        ImportPage importing = ImportPage.open(page).upload(file);

        assertThat(importing.refusal()).containsText("The file is not UTF-8 text: line 2");
        assertThat(importing.grid()).isHidden();
        page.close();
    }

    @Test
    void aTherapistNeitherSeesNorReachesTheImport() {
        Page page = browser.signIn("therapist1", "demo-therapist");
        RosterPage roster = RosterPage.open(page);
        roster.cells().first().waitFor();
        assertThat(roster.importButton()).isHidden();
        int refusals = refusalsOfTheImportPage();

        ImportPage refused = ImportPage.open(page);

        assertThat(refused.leadsOnlyMessage()).isVisible();
        assertThat(page.locator("#import-upload")).hasCount(0);
        assertThat(refusalsOfTheImportPage()).as("the attempt is audited").isEqualTo(refusals + 1);
        page.close();
    }

    @Test
    void aTherapistsExportIsTheirCaseloadUnderTheSearchWithAFormulaWrittenAsText() {
        ClinicFixture fixture = new ClinicFixture(context);
        Clinician tess = fixture.therapist();
        Clinician theo = fixture.therapist();
        String family = "Xport" + UUID.randomUUID().toString().substring(0, 6);
        Actor lead = ClinicFixture.actor(fixture.lead());
        register(lead, tess, "=HYPERLINK(\"http://evil.example\",\"x\")", family);
        register(lead, tess, "Plain", family);
        register(lead, tess, "Elsewhere", "Unrelated" + UUID.randomUUID().toString().substring(0, 6));
        register(lead, theo, "Theirs", family);

        Page page = browser.signIn(tess.username().value(), ClinicFixture.PASSWORD);
        RosterPage roster = RosterPage.open(page);
        roster.search(family);
        assertThat(roster.count()).hasText("2 patients");
        Browser.settle(page);
        String csv = roster.export();

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFF\"mrn\",\"family_name\",\"given_name\",\"date_of_birth\",\"age\","
                + "\"therapist\",\"status\",\"stage\",\"onset\",\"week\",\"days_until_chronic\",\"pain_baseline\","
                + "\"pain_now\",\"pain_change\",\"red_flag\"");
        assertThat(lines).hasSize(3);
        assertThat(csv).contains("\"" + family + "\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                .contains("\"" + family + "\",\"Plain\"").doesNotContain("Theirs").doesNotContain("Elsewhere");
        assertThat(jdbc.queryForObject("""
                select changed_fields from audit_event
                 where action = 'ROSTER_EXPORTED' and actor_id = ? and entity_id = 'own caseload'""",
                String.class, tess.id().value())).as("audited with the filter's name, not its text").isEqualTo("search");
        page.close();
    }

    private void register(Actor lead, Clinician therapist, String given, String family) {
        Result<?> saved = patients.register(lead, new PatientDraft("XP-" + UUID.randomUUID().toString().substring(0, 8),
                given, family, LocalDate.of(1980, 1, 1), Sex.UNKNOWN, "", "", Optional.of(therapist.id())));
        assertThat(saved).isInstanceOf(Result.Saved.class);
    }

    private int refusalsOfTheImportPage() {
        return jdbc.queryForObject("""
                select count(*) from audit_event e join clinician c on c.id = e.actor_id
                 where c.username = 'therapist1' and e.action = 'PAGE_ACCESS_DENIED'
                   and e.entity_id = '/patients/import'""", Integer.class);
    }

    private static void fits(Page page, String screen, int width) {
        Browser.settle(page);
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as(screen + " runs off the side at " + width + " px")
                .isLessThanOrEqualTo(0);
        Accessibility.check(page, screen + " at " + width + " px");
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve(screen + "-" + width + ".png"))
                .setFullPage(true));
    }
}
