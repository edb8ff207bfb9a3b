package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patientapp.InvitationRedemption;
import org.backboard.core.patientapp.Redemption;
import org.backboard.core.shared.Result;
import org.backboard.ui.e2e.pages.PatientApp;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.WorklistPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Questionnaires in the patient app on a phone: STarT Back waits on Today at intake, the patient
 * answers it (and the first PSFS) in plain words with large choices, the card goes, and the therapist
 * sees the answers as reported by the patient while the worklist no longer asks for them. A later
 * PSFS scores the same activities again.
 */
class PatientQuestionnairesEndToEndTest extends EndToEndTest {

    private static final String PASSWORD = "meadow copper lantern";
    private static final String PATIENTS_IN_CARE_WITHOUT_THE_APP = """
            select p.id, p.date_of_birth, e.id as episode, e.start_date, p.family_name || ', ' || p.given_name as name
              from patient p join clinician c on c.id = p.therapist_id
              join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
             where c.username = 'therapist1' and p.status = 'ACTIVE'
               and not exists (select 1 from patient_account a where a.patient_id = p.id)
               and not exists (select 1 from episode o where o.patient_id = p.id and o.status <> 'DISCHARGED'
                                  and o.id <> e.id)
               and not exists (select 1 from outcome_measure m where m.episode_id = e.id)
               and not exists (select 1 from patient q where q.id <> p.id and q.therapist_id = p.therapist_id
                                  and q.family_name = p.family_name and q.given_name = p.given_name)
            """;

    @Autowired
    AppInvitationService invitations;
    @Autowired
    InvitationRedemption redemption;
    @Autowired
    Clinicians clinicians;

    @Test
    void startBackAndAFirstPsfsAnsweredOnAPhoneReachTheTherapistAsThePatientsOwn() {
        Map<String, Object> patient = jdbc.queryForMap(PATIENTS_IN_CARE_WITHOUT_THE_APP
                + " order by p.mrn desc limit 1");
        String name = signInName(patient);
        Page phone = browser.newPhonePage();
        PatientApp app = new PatientApp(phone);
        phone.navigate("/app/login");
        app.signIn(name, PASSWORD);

        assertThat(app.questionnaireCard()).containsText("2 short questionnaires are waiting");
        Accessibility.check(phone, "Today with a questionnaire waiting");
        Browser.screenshot(phone, "patient-app-today-questionnaire-390");
        app.openWaitingQuestionnaire();
        assertThat(app.startBackStatement("leg-pain")).containsText("down into one or both legs");
        Accessibility.check(phone, "the STarT Back questionnaire");
        Browser.screenshot(phone, "patient-app-start-back-390");
        atEveryWidth(phone, "patient-app-start-back");
        readableAtTwiceTheTextSize(phone, "patient-app-start-back-390-text-200");
        assertLargeEnoughToTouch(app.startBackStatement("leg-pain").locator("vaadin-radio-button").first());

        app.startBack("leg-pain", true).startBack("shoulder-or-neck-pain", false).sendStartBack();
        assertThat(app.startBackStatement("short-walks-only")).hasAttribute("invalid", "");
        assertThat(app.startBackStatement("short-walks-only")).containsText("Choose agree or disagree");
        assertThat(count("select count(*) from outcome_measure where episode_id = ?", patient.get("episode")))
                .as("nothing half-saved").isZero();
        for (String statement : new String[] {"short-walks-only", "dressed-slowly", "not-safe-to-be-active",
            "terrible-never-better", "no-enjoyment"}) {
            app.startBack(statement, false);
        }
        app.startBack("worrying-thoughts", true).choose("start-back-bothersomeness", "Moderately").sendStartBack();
        assertThat(app.thanks()).containsText("Your therapist will see your answers");
        assertThat(phone.locator("body")).not().containsText("risk");

        assertThat(app.psfsScoreQuestion(1)).isVisible();
        Accessibility.check(phone, "a first PSFS");
        assertLargeEnoughToTouch(app.psfsScoreQuestion(1).locator("vaadin-radio-button").first());
        app.psfsActivity(1, "Gardening", 3).psfsActivity(2, "Lifting my grandson", 2).psfsActivity(3, "Driving", 6);
        Browser.screenshot(phone, "patient-app-psfs-390");
        atEveryWidth(phone, "patient-app-psfs");
        app.sendPsfs();
        assertThat(app.nothingWaiting()).isVisible();
        assertThat(app.thanks()).isVisible();
        Accessibility.check(phone, "questionnaires, all answered");

        app.goToPlace("Today");
        assertThat(phone.locator("h1")).containsText("Hello");
        assertThat(app.questionnaireCard()).hasCount(0);
        assertThat(count("""
                select count(*) from outcome_measure where episode_id = ? and recorded_by is null
                   and instrument in ('START_BACK', 'PSFS') and taken_on = current_date""", patient.get("episode")))
                .isEqualTo(2);
        assertThat(count("""
                select count(*) from audit_event where patient_actor_id = ? and actor_id is null
                   and action = 'OUTCOME_RECORDED'""", patient.get("id"))).isEqualTo(2);
        phone.close();

        Page desk = browser.signIn("therapist1", "demo-therapist");
        PatientPage.open(desk, patient.get("id"));
        Locator outcomes = desk.locator("#outcomes-" + patient.get("episode"));
        assertThat(outcomes.locator("td", new Locator.LocatorOptions().setHasText("Reported by the patient")))
                .hasCount(2);
        assertThat(outcomes).containsText("Gardening 3 · Lifting my grandson 2 · Driving 6");
        assertThat(outcomes).containsText("agreed 1, 6 · item 9 moderately");
        assertThat(outcomes).containsText("Due now: Oswestry (ODI)");
        outcomes.scrollIntoViewIfNeeded();
        Accessibility.check(desk, "the patient page with the patient's own answers");
        for (int width : new int[] {1280, 820, 390}) {
            desk.setViewportSize(width, 900);
            Browser.settle(desk);
            assertThat(widerThan(desk, width)).as("patient page at " + width + " px").isLessThanOrEqualTo(0);
            BoundingBox table = outcomes.locator("table").boundingBox();
            assertThat(table.x + table.width).as("the questionnaires' table at " + width + " px")
                    .isLessThanOrEqualTo(width);
            outcomes.screenshot(new Locator.ScreenshotOptions()
                    .setPath(Browser.SCREENSHOTS.resolve("outcomes-patient-reported-" + width + ".png")));
        }
        desk.setViewportSize(1280, 800);
        WorklistPage worklist = WorklistPage.open(desk);
        worklist.filterByPatient((String) patient.get("name"));
        assertThat(worklist.itemsSaying("Oswestry").first()).isVisible();
        assertThat(worklist.itemsSaying("STarT Back")).hasCount(0);
        assertThat(worklist.itemsSaying("PSFS")).hasCount(0);
        desk.close();
    }

    @Test
    void aLaterPsfsScoresTheSameActivitiesAgain() {
        Map<String, Object> patient = jdbc.queryForMap(PATIENTS_IN_CARE_WITHOUT_THE_APP
                + " and e.start_date <= current_date - 28 order by p.mrn limit 1");
        // at intake, four weeks or more ago, the therapist screened and scored all three
        LocalDate intake = ((java.sql.Date) patient.get("start_date")).toLocalDate();
        UUID therapist = clinicians.findByUsername(new Username("therapist1")).orElseThrow().id().value();
        jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, start_back_agreed,
                                             bothersomeness, score, recorded_by, recorded_at)
                values (gen_random_uuid(), ?, ?, 'START_BACK', ?, '{}', 'SLIGHTLY', 0, ?, now())""",
                patient.get("episode"), patient.get("id"), intake, therapist);
        jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, odi_answers, score,
                                             recorded_by, recorded_at)
                values (gen_random_uuid(), ?, ?, 'ODI', ?, '{2,2,2,2,2,2,2,2,2,2}', 40, ?, now())""",
                patient.get("episode"), patient.get("id"), intake, therapist);
        jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, psfs_activities,
                                             psfs_scores, score, recorded_by, recorded_at)
                values (gen_random_uuid(), ?, ?, 'PSFS', ?, '{"Climbing stairs","Sitting at work","Swimming"}',
                        '{3,4,2}', 3.0, ?, now())""",
                patient.get("episode"), patient.get("id"), intake, therapist);
        Page phone = browser.newPhonePage();
        PatientApp app = new PatientApp(phone);
        phone.navigate("/app/login");
        app.signIn(signInName(patient), PASSWORD);

        assertThat(app.questionnaireCard()).containsText("A short questionnaire is waiting");
        app.openWaitingQuestionnaire();
        assertThat(app.psfsScoreQuestion(1)).containsText("Climbing stairs");
        assertThat(app.psfsScoreQuestion(3)).containsText("Swimming");
        assertThat(phone.locator("#psfs-activity-1")).hasCount(0);
        Accessibility.check(phone, "a later PSFS");
        Browser.screenshot(phone, "patient-app-psfs-again-390");
        app.psfsScore(1, 5).psfsScore(2, 6).sendPsfs();
        assertThat(app.psfsScoreQuestion(3)).hasAttribute("invalid", "");
        app.psfsScore(3, 4).sendPsfs();
        assertThat(app.nothingWaiting()).isVisible();
        assertThat(jdbc.queryForObject("""
                select array_to_string(psfs_activities, '|') || ' ' || array_to_string(psfs_scores, '|')
                  from outcome_measure where episode_id = ? and recorded_by is null and instrument = 'PSFS'""",
                String.class, patient.get("episode"))).isEqualTo("Climbing stairs|Sitting at work|Swimming 5|6|4");
        phone.close();
    }

    /** The patient joins through an invitation, as on their phone; returns their sign-in name. */
    private String signInName(Map<String, Object> patient) {
        Clinician therapist = clinicians.findByUsername(new Username("therapist1")).orElseThrow();
        PatientId id = new PatientId((UUID) patient.get("id"));
        var invited = invitations.invite(new Actor(therapist.id(), therapist.role()), id);
        String token = ((Result.Saved<AppInvitationService.Invited>) invited).value().issued().token();
        String name = "quest-" + id.value().toString().substring(0, 8);
        LocalDate born = ((java.sql.Date) patient.get("date_of_birth")).toLocalDate();
        assertThat(redemption.redeem("e2e-questionnaires", new Redemption(token, null, born, name, PASSWORD)))
                .isInstanceOf(Result.Saved.class);
        return name;
    }

    /** The page at a tablet's and a laptop's width too: nothing runs off the side; back to the phone after. */
    private static void atEveryWidth(Page page, String screen) {
        for (int width : new int[] {820, 1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 1000);
            Browser.settle(page);
            assertThat(widerThan(page, width)).as(screen + " at " + width + " px").isLessThanOrEqualTo(0);
            if (width != 390) {
                Browser.screenshot(page, screen + "-" + width);
            }
        }
    }

    /** Text at twice its size (as a browser's text zoom makes it): labels wrap, nothing runs off the side. */
    private static void readableAtTwiceTheTextSize(Page page, String screenshot) {
        page.evaluate("() => document.documentElement.style.fontSize = '200%'");
        Browser.settle(page);
        assertThat(widerThan(page, 390)).as("at 200 % text").isLessThanOrEqualTo(0);
        Browser.screenshot(page, screenshot);
        page.evaluate("() => document.documentElement.style.fontSize = ''");
    }

    /** How far the page runs past {@code width} (a phone's layout grows with what overflows it). */
    private static int widerThan(Page page, int width) {
        return ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue() - width;
    }

    private static void assertLargeEnoughToTouch(Locator choice) {
        BoundingBox box = choice.boundingBox();
        assertThat(box.width).as("a choice's width").isGreaterThanOrEqualTo(48);
        assertThat(box.height).as("a choice's height").isGreaterThanOrEqualTo(48);
    }

    private int count(String sql, Object id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }
}
