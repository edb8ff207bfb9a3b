package org.backboard.ui.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.account.AccountAdministration;
import org.backboard.core.care.AppInvitationService;
import org.backboard.core.care.HomeService;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.patient.Patient;
import org.backboard.core.patientapp.InvitationRedemption;
import org.backboard.core.patientapp.PatientActor;
import org.backboard.core.patientapp.Redemption;
import org.backboard.core.redflag.RedFlag;
import org.backboard.core.shared.Result;
import org.backboard.core.symptom.CheckInDraft;
import org.backboard.ui.ClinicFixture;
import org.backboard.ui.e2e.pages.PatientApp;
import org.backboard.ui.e2e.pages.PatientPage;
import org.backboard.ui.e2e.pages.SignInPage;
import org.backboard.ui.mail.TestMailServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A patient's emergency answer in their app reaches the therapist's mailbox (GreenMail, through the
 * outbox and real SMTP) as one mail that names no one and links to the patient's page, where the
 * therapist signs in and finds the flag. A therapist without an address gets nothing, and a
 * check-in that rolls back queues nothing.
 */
class FlagMailEndToEndTest extends EndToEndTest {

    private static final String PATIENT_PASSWORD = "quartz meadow lantern";
    private static final long PATIENCE_NANOS = 20_000_000_000L;

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    Clinicians clinicians;
    @Autowired
    AppInvitationService invitations;
    @Autowired
    InvitationRedemption redemption;
    @Autowired
    HomeService home;
    @Autowired
    TransactionTemplate transaction;

    private ClinicFixture clinic;
    private Clinician lead;

    @BeforeAll
    void clinic() {
        clinic = new ClinicFixture(context);
        lead = clinic.lead();
    }

    @Test
    void aPatientsEmergencyCheckInMailsTheTherapistOneLinkAndNoPatientData() throws Exception {
        String address = uniqueAddress();
        InApp joined = patientInApp(Optional.of(address));
        Clinician therapist = joined.therapist();
        Patient patient = joined.patient();

        Page phone = browser.newPhonePage();
        PatientApp app = new PatientApp(phone);
        phone.navigate("/app/login");
        app.signIn(joined.name(), PATIENT_PASSWORD);
        app.goToPlace("How I feel");
        app.tellHowIFeel("8", "Numbness between your legs");
        assertThat(app.advice()).containsText("Get emergency help now");

        MimeMessage mail = onlyMailTo(address);
        String subject = mail.getSubject();
        String body = String.valueOf(mail.getContent()).replace("\r\n", "\n");
        String link = browser.url("/patients/" + patient.id().value());
        assertThat(mail.getAllRecipients()).containsExactly(new InternetAddress(address));
        assertThat(subject).isEqualTo("A patient has reported a warning sign");
        assertThat(body).contains("\n" + link + "\n");
        assertThat(body.split("https?://", -1)).as("one link only").hasSize(2);
        // the link's id is random hex: leave it out, so "1980" cannot turn up in it by chance
        String everything = (subject + "\n" + body.replace(link, "")).toLowerCase();
        assertThat(everything).doesNotContain(patient.details().name().given().toLowerCase(),
                patient.details().name().family().toLowerCase(), patient.details().mrn().value().toLowerCase(),
                "1980", "numbness", "groin", "saddle", "emergency");
        assertThat(count("select count(*) from mail_outbox where recipient = ? and kind = 'FLAG_ALERT'", address))
                .as("one mail for the check-in").isEqualTo(1);
        assertThat(count("""
                select count(*) from audit_event where action = 'RED_FLAG_MAILED' and patient_actor_id = ?
                   and entity = 'mail_outbox'""", patient.id().value())).isEqualTo(1);
        phone.close();

        // the link asks the therapist to sign in, then shows the patient's page with the flag first
        Page desk = browser.newPage();
        desk.navigate(URI.create(link).getRawPath());
        desk.waitForURL(url -> url.endsWith("/login"));
        new SignInPage(desk).signIn(therapist.username().value(), ClinicFixture.PASSWORD);
        // (Spring Security marks the restored address with "?continue")
        desk.waitForURL(url -> URI.create(url).getPath().endsWith("/patients/" + patient.id().value()));
        Browser.settle(desk);
        Browser.screenshot(desk, "flag-mail-link-opened-1280");
        assertThat(new PatientPage(desk).emergencyFlag().first()).isVisible();
        desk.close();
    }

    @Test
    void aTherapistWithoutAnAddressGetsNoMailAndNothingIsQueued() {
        InApp joined = patientInApp(Optional.empty());
        Patient patient = joined.patient();
        int alerts = count("select count(*) from mail_outbox where kind = 'FLAG_ALERT'");

        assertThat(home.checkIn(joined.actor(), emergency())).isInstanceOf(Result.Saved.class);

        assertThat(count("select count(*) from red_flag where patient_id = ? and code = 'SADDLE_NUMBNESS'",
                patient.id().value())).as("the flag is raised all the same").isEqualTo(1);
        assertThat(count("select count(*) from mail_outbox where kind = 'FLAG_ALERT'")).isEqualTo(alerts);
        assertThat(count("select count(*) from audit_event where action = 'RED_FLAG_MAILED' and patient_actor_id = ?",
                patient.id().value())).isZero();
    }

    @Test
    void aCheckInThatRollsBackQueuesNoMail() throws Exception {
        String address = uniqueAddress();
        InApp joined = patientInApp(Optional.of(address));
        Patient patient = joined.patient();

        transaction.executeWithoutResult(status -> {
            assertThat(home.checkIn(joined.actor(), emergency())).isInstanceOf(Result.Saved.class);
            assertThat(count("select count(*) from mail_outbox where recipient = ?", address))
                    .as("queued with the flag, in its transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(count("select count(*) from red_flag where patient_id = ?", patient.id().value())).isZero();
        assertThat(count("select count(*) from mail_outbox where recipient = ?", address)).isZero();
        Thread.sleep(3_000); // the outbox job runs every second in the tests: it would have sent by now
        assertThat(TestMailServer.receivedBy(address)).isEmpty();
    }

    private static CheckInDraft emergency() {
        return new CheckInDraft(null, null, 7, null, Set.of(), Set.of(RedFlag.SADDLE_NUMBNESS), "");
    }

    /** A patient in the app: their therapist, themselves with an open episode, and their sign-in name. */
    private record InApp(Clinician therapist, Patient patient, String name) {

        PatientActor actor() {
            return new PatientActor(patient.id());
        }
    }

    private static String uniqueAddress() {
        return "therapist-" + UUID.randomUUID().toString().substring(0, 8) + "@clinic.example";
    }

    /**
     * A therapist of the test's own (with the address a lead set, as the accounts page does, or none)
     * and a patient of theirs with an open episode, invited by the therapist and joined as on a phone.
     */
    private InApp patientInApp(Optional<String> address) {
        Clinician therapist = clinic.therapist();
        address.ifPresent(email -> assertThat(accounts.changeEmail(ClinicFixture.actor(lead), therapist.id(),
                clinicians.findById(therapist.id()).orElseThrow().version(), email)).isInstanceOf(Result.Saved.class));
        Patient patient = clinic.patientOf(therapist);
        clinic.openEpisode(patient);
        String token = ((Result.Saved<AppInvitationService.Invited>) invitations.invite(ClinicFixture.actor(therapist),
                patient.id())).value().issued().token();
        String name = "app-" + UUID.randomUUID().toString().substring(0, 8);
        LocalDate born = patient.details().dateOfBirth();
        assertThat(redemption.redeem("flag-mail-test", new Redemption(token, null, born, name, PATIENT_PASSWORD)))
                .isInstanceOf(Result.Saved.class);
        return new InApp(therapist, patient, name);
    }

    /** The one mail to the address, once the outbox has sent it (and no second one a little later). */
    private static MimeMessage onlyMailTo(String address) throws InterruptedException {
        long until = System.nanoTime() + PATIENCE_NANOS;
        List<MimeMessage> received = TestMailServer.receivedBy(address);
        while (received.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(200);
            received = TestMailServer.receivedBy(address);
        }
        Thread.sleep(2_000);
        received = TestMailServer.receivedBy(address);
        assertThat(received).as("mail to the therapist").hasSize(1);
        return received.getFirst();
    }

    private int count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Integer.class, arguments);
    }
}
