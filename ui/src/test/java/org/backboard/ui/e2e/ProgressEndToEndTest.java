package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.PatientPage.CheckInDialog;
import org.backboard.ui.e2e.pages.PatientPage.EpisodeCard;
import org.backboard.ui.e2e.pages.PatientPage.OdiDialog;
import org.backboard.ui.e2e.pages.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * The morning round in real Chromium: the worklist says a patient's intake questionnaires are due;
 * the therapist scores an Oswestry and records a painful check-in; the progress summary shows both,
 * and the worklist has dropped the Oswestry and gained the high pain, which she acknowledges.
 */
class ProgressEndToEndTest extends EndToEndTest {

    private static final List<String> ANSWERED = List.of("pain-intensity", "personal-care", "lifting", "walking",
            "sitting", "standing", "sleeping", "social-life");

    @Test
    void anOswestryAndACheckInChangeTheSummaryAndTheWorklist() {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id, p.family_name || ', ' || p.given_name as name
                  from patient p join clinician c on c.id = p.therapist_id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                  join episode_pain ep on ep.episode_id = e.id
                 where c.username = 'therapist1' and p.status = 'ACTIVE' and ep.latest < 7
                   and (select count(*) from episode o where o.patient_id = p.id and o.status <> 'DISCHARGED') = 1
                   and not exists (select 1 from outcome_measure m where m.episode_id = e.id)
                   and not exists (select 1 from patient q where q.id <> p.id and q.therapist_id = p.therapist_id
                                      and q.family_name = p.family_name and q.given_name = p.given_name)
                 order by p.mrn limit 1""");
        String name = (String) patient.get("name");
        Page page = browser.signIn("therapist1", "demo-therapist");
        WorklistPage worklist = new WorklistPage(page);
        worklist.filterByPatient(name);
        assertThat(worklist.itemsSaying("Oswestry").first()).isVisible();
        assertThat(worklist.itemsSaying("Latest pain")).hasCount(0);
        Browser.screenshot(page, "30-worklist");

        EpisodeCard openEpisode = PatientPage.open(page, patient.get("id")).openEpisode();
        assertThat(openEpisode.tile("odi")).containsText("Not taken");
        OdiDialog oswestry = openEpisode.recordOswestry();
        for (String section : ANSWERED) {
            oswestry.answer(section, "2 · moderate");
        }
        Browser.screenshot(page, "31-oswestry-form");
        Accessibility.check(page, "Oswestry dialog");
        oswestry.save();
        assertThat(oswestry.dialog()).isHidden();
        assertThat(openEpisode.tile("odi")).containsText("40 % · moderate disability");

        CheckInDialog checkIn = openEpisode.recordCheckIn().pain(9).stiffness(5);
        checkIn.save();
        assertThat(checkIn.painField()).isHidden();
        assertThat(openEpisode.tile("pain")).containsText("9/10 now");
        Browser.screenshot(page, "32-progress-summary");
        assertThat(jdbc.queryForObject("select score from outcome_measure m join episode e on e.id = m.episode_id "
                + "where e.patient_id = ?::uuid and e.status = 'ACTIVE' and m.instrument = 'ODI'", Integer.class, patient.get("id").toString()))
                .isEqualTo(40);

        worklist = WorklistPage.open(page);
        worklist.filterByPatient(name);
        assertThat(worklist.itemsSaying("Latest pain 9/10")).hasCount(1);
        assertThat(worklist.itemsSaying("Oswestry")).hasCount(0);
        Browser.screenshot(page, "33-worklist-after-check-in");

        // the name filter has narrowed the list to this patient
        assertThat(worklist.acknowledgeButtons("HIGH_PAIN")).hasCount(1);
        worklist.acknowledge("HIGH_PAIN", "Phoned: flare after gardening, seen tomorrow");
        assertThat(worklist.acknowledgeDialog()).isHidden();
        assertThat(worklist.itemsSaying("Latest pain 9/10")).hasCount(0);
        assertThat(jdbc.queryForObject("""
                select count(*) from worklist_acknowledgement a join clinician c on c.id = a.acknowledged_by
                 where a.patient_id = ?::uuid and a.kind = 'HIGH_PAIN' and c.username = 'therapist1'""",
                Integer.class, patient.get("id").toString())).isEqualTo(1);
    }
}
