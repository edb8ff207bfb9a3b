package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.PatientPage.CheckInDialog;
import org.backboard.ui.e2e.pages.PatientPage.FlagAcknowledgement;
import org.backboard.ui.e2e.pages.RosterPage;
import org.junit.jupiter.api.Test;

/**
 * The red-flag loop in real Chromium: a check-in answered "yes" to an emergency sign raises a
 * flag; the roster row shows it; the therapist acknowledges it with an action and a note; it is gone
 * from the roster and the page, and kept on the record with who and when.
 */
class RedFlagEndToEndTest extends EndToEndTest {

    @Test
    void anEmergencyAnswerIsFlaggedOnTheRosterUntilAcknowledged() {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id, p.mrn from patient p join clinician c on c.id = p.therapist_id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from episode e where e.patient_id = p.id and e.status = 'ACTIVE') = 1
                   and not exists (select 1 from episode e where e.patient_id = p.id and e.status = 'ON_HOLD')
                   and not exists (select 1 from red_flag f where f.patient_id = p.id and f.acknowledged_at is null)
                 order by p.mrn limit 1""");
        String mrn = (String) patient.get("mrn");
        Page page = browser.signIn("therapist1", "demo-therapist");

        PatientPage patientPage = PatientPage.open(page, patient.get("id"));
        assertThat(patientPage.redFlags()).isHidden();
        assertThat(patientPage.timeline()).isVisible();
        patientPage.waitForPainChart();

        CheckInDialog checkIn = patientPage.recordCheckIn().pain(8).stiffness(6).answerYes("groin or saddle area");
        Browser.screenshot(page, "10-check-in-with-emergency-answer");
        Accessibility.check(page, "check-in dialog with an emergency answer");
        checkIn.save();
        assertThat(checkIn.painField()).isHidden();

        assertThat(patientPage.redFlags()).containsText("Numbness in the groin or saddle area");
        assertThat(patientPage.emergencyFlag()).hasText("Emergency");
        Browser.screenshot(page, "11-patient-page-emergency-flag");

        RosterPage roster = RosterPage.openSearching(page, mrn);
        assertThat(roster.cell(mrn)).isVisible();
        assertThat(roster.emergencyBadges()).hasText("Emergency");
        Browser.screenshot(page, "12-roster-emergency-badge");

        patientPage = PatientPage.open(page, patient.get("id"));
        FlagAcknowledgement acknowledgement = patientPage.acknowledgeFlag("SADDLE_NUMBNESS");
        acknowledgement.save();
        assertThat(acknowledgement.actionField()).hasAttribute("invalid", "");
        assertThat(acknowledgement.noteField()).isVisible();
        acknowledgement.chooseAction("Referred to emergency care").note("Called 999; patient taken to A&E");
        Browser.screenshot(page, "13-acknowledge-dialog");
        Accessibility.check(page, "red-flag acknowledgement dialog");
        acknowledgement.save();
        assertThat(acknowledgement.noteField()).isHidden();
        assertThat(patientPage.redFlags()).isHidden();

        roster = RosterPage.openSearching(page, mrn);
        assertThat(roster.cell(mrn)).isVisible();
        assertThat(roster.emergencyBadges()).hasCount(0);

        Map<String, Object> flag = jdbc.queryForMap("""
                select f.action, c.username, f.check_in_id is not null as from_check_in
                  from red_flag f join clinician c on c.id = f.acknowledged_by
                 where f.patient_id = ? and f.code = 'SADDLE_NUMBNESS'
                 order by f.raised_at desc limit 1""", patient.get("id"));
        assertThat(flag).containsEntry("action", "REFERRED_TO_EMERGENCY_CARE")
                .containsEntry("username", "therapist1").containsEntry("from_check_in", true);
    }
}
