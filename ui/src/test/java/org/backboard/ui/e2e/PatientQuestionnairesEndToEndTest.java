package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.care.EpisodeService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.Episode;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.Sex;
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
    @Autowired
    AppInvitationService invitations;
    @Autowired
    InvitationRedemption redemption;
    @Autowired
    Clinicians clinicians;
    @Autowired
    PatientService patients;
    @Autowired
    EpisodeService episodes;

    /** A patient of therapist1's registered for this test, with an episode of care and nothing taken yet. */
    private record InCare(PatientId id, LocalDate born, EpisodeId episode, LocalDate intake, String name) { }

    @Test
    void startBackAndAFirstPsfsAnsweredOnAPhoneReachTheTherapistAsThePatientsOwn() {
        InCare patient = newPatientInCare(10);
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
        assertThat(count("select count(*) from outcome_measure where episode_id = ?", patient.episode().value()))
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
                   and instrument in ('START_BACK', 'PSFS') and taken_on = current_date""", patient.episode().value()))
                .isEqualTo(2);
        assertThat(count("""
                select count(*) from audit_event where patient_actor_id = ? and actor_id is null
                   and action = 'OUTCOME_RECORDED'""", patient.id().value())).isEqualTo(2);
        phone.close();

        Page desk = browser.signIn("therapist1", "demo-therapist");
        PatientPage.open(desk, patient.id().value());
        Locator outcomes = desk.locator("#outcomes-" + patient.episode().value());
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
        worklist.filterByPatient(patient.name());
        assertThat(worklist.itemsSaying("Oswestry").first()).isVisible();
        assertThat(worklist.itemsSaying("STarT Back")).hasCount(0);
        assertThat(worklist.itemsSaying("PSFS")).hasCount(0);
        desk.close();
    }

    @Test
    void aLaterPsfsScoresTheSameActivitiesAgain() {
        InCare patient = newPatientInCare(30);
        // at intake, four weeks or more ago, the therapist screened and scored all three
        LocalDate intake = patient.intake();
        UUID therapist = clinicians.findByUsername(new Username("therapist1")).orElseThrow().id().value();
        jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, start_back_agreed,
                                             bothersomeness, score, recorded_by, recorded_at)
                values (gen_random_uuid(), ?, ?, 'START_BACK', ?, '{}', 'SLIGHTLY', 0, ?, now())""",
                patient.episode().value(), patient.id().value(), intake, therapist);
        jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, odi_answers, score,
                                             recorded_by, recorded_at)
                values (gen_random_uuid(), ?, ?, 'ODI', ?, '{2,2,2,2,2,2,2,2,2,2}', 40, ?, now())""",
                patient.episode().value(), patient.id().value(), intake, therapist);
        jdbc.update("""
                insert into outcome_measure (id, episode_id, patient_id, instrument, taken_on, psfs_activities,
                                             psfs_scores, score, recorded_by, recorded_at)
                values (gen_random_uuid(), ?, ?, 'PSFS', ?, '{"Climbing stairs","Sitting at work","Swimming"}',
                        '{3,4,2}', 3.0, ?, now())""",
                patient.episode().value(), patient.id().value(), intake, therapist);
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
                String.class, patient.episode().value())).isEqualTo("Climbing stairs|Sitting at work|Swimming 5|6|4");
        phone.close();
    }

    private InCare newPatientInCare(int daysSinceIntake) {
        Actor therapist = therapist1();
        String family = "Questa" + letters(6);
        LocalDate born = LocalDate.of(1968, 4, 12);
        Patient patient = ((Result.Saved<Patient>) patients.register(therapist, new PatientDraft(
                "QU-" + letters(8).toUpperCase(), "Petra", family, born, Sex.FEMALE, "", "", Optional.empty())))
                .value();
        LocalDate intake = LocalDate.now().minusDays(daysSinceIntake);
        Episode episode = ((Result.Saved<Episode>) episodes.open(therapist, patient.id(), new EpisodeDraft(
                BodyRegion.LUMBAR, intake.minusDays(5), OnsetPrecision.DAY, intake, WorkingDiagnosis.SPRAIN_STRAIN,
                PainType.MECHANICAL, Set.of()), Set.of())).value();
        return new InCare(patient.id(), born, episode.id(), intake, family + ", Petra");
    }

    /** The patient joins through an invitation, as on their phone; returns their sign-in name. */
    private String signInName(InCare patient) {
        var invited = invitations.invite(therapist1(), patient.id());
        String token = ((Result.Saved<AppInvitationService.Invited>) invited).value().issued().token();
        String name = "quest-" + patient.id().value().toString().substring(0, 8);
        assertThat(redemption.redeem("e2e-questionnaires", new Redemption(token, null, patient.born(), name,
                PASSWORD))).isInstanceOf(Result.Saved.class);
        return name;
    }

    private Actor therapist1() {
        Clinician therapist = clinicians.findByUsername(new Username("therapist1")).orElseThrow();
        return new Actor(therapist.id(), therapist.role());
    }

    private static String letters(int count) {
        StringBuilder letters = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
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
