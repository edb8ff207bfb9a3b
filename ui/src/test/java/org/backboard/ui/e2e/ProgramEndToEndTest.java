package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.backboard.ui.e2e.pages.HandoutPage;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.PatientPage.ProgramDialog;
import org.backboard.ui.e2e.pages.PatientPage.ProgramHistory;
import org.junit.jupiter.api.Test;

/**
 * A program in real Chromium: the therapist applies a template to an episode and saves version 1,
 * raises one dosage and saves version 2; the history lists the change, the first version is
 * unchanged in the database, and the handout prints the new dosage.
 */
class ProgramEndToEndTest extends EndToEndTest {

    @Test
    void aTemplateBecomesVersionOneAndAChangedDosageVersionTwo() {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from episode e where e.patient_id = p.id and e.status <> 'DISCHARGED') = 1
                   and not exists (select 1 from program g where g.patient_id = p.id)
                 order by p.mrn limit 1""");
        Page page = browser.signIn("therapist1", "demo-therapist");
        PatientPage patientPage = PatientPage.open(page, patient.get("id"));

        ProgramDialog program = patientPage.startProgram().applyTemplate("Stiff back");
        assertThat(program.prescriptionRows()).hasCount(5);
        Browser.screenshot(page, "20-program-from-template");
        Accessibility.check(page, "program dialog");
        program.save();
        assertThat(program.dialog()).isHidden();
        assertThat(patientPage.programSummary()).containsText("Version 1");

        ProgramDialog revision = patientPage.reviseProgram().reps("Cat Cow", 12);
        Browser.screenshot(page, "21-program-revision");
        revision.save();
        assertThat(revision.dialog()).isHidden();
        assertThat(patientPage.programSummary()).containsText("Version 2");

        ProgramHistory history = patientPage.openProgramHistory();
        assertThat(history.version(2)).containsText("Cat Cow: 2 × 10 reps, daily → 2 × 12 reps, daily");
        assertThat(history.changesIn(2)).hasCount(1);
        assertThat(history.version(1)).containsText("Started with:");
        Browser.screenshot(page, "22-program-history");

        List<Integer> catCowReps = jdbc.queryForList("""
                select r.reps from prescription r join program g on g.id = r.program_id
                  join exercise x on x.id = r.exercise_id
                 where g.patient_id = ? and x.name = 'Cat Cow' order by r.version_number""",
                Integer.class, patient.get("id"));
        assertThat(catCowReps).as("version 1 kept as it was, version 2 with the change").containsExactly(10, 12);

        String programId = jdbc.queryForObject("select id::text from program where patient_id = ?", String.class,
                patient.get("id"));
        HandoutPage handout = HandoutPage.open(page, programId);
        assertThat(handout.title()).isVisible();
        assertThat(handout.exercise("Cat Cow")).containsText("2 × 12 reps, daily");
        Browser.screenshot(page, "23-program-handout");
    }
}
