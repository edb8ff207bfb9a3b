package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.InMemoryClinicians;
import org.backboard.core.clinician.Role;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.mail.InMemoryOutbox;
import org.backboard.core.mail.MailAddress;
import org.backboard.core.mail.MailAvailability;
import org.backboard.core.mail.MailKind;
import org.backboard.core.mail.OutgoingMail;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.redflag.RaisedFlag;
import org.backboard.core.redflag.RedFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Who is mailed when a patient raises a red flag from home, and what the mail holds. */
class TherapistFlagMailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);

    private final InMemoryClinicians clinicians = new InMemoryClinicians();
    private final InMemoryOutbox outbox = new InMemoryOutbox();
    private final Actor tess = clinicians.enrol("tess", "Tess Therapist", Role.THERAPIST);
    private final Actor theo = clinicians.enrol("theo", "Theo Therapist", Role.THERAPIST);
    private final Patient grace = Patient.register(new PatientDetails(Mrn.of("GH-1906"),
            new PersonName("Grace", "Hopper"), LocalDate.of(1966, 12, 9), Sex.FEMALE,
            ContactDetails.of("", "grace@example.org")), tess.id(), CLOCK.instant());

    private TherapistFlagMail mail(MailAvailability availability) {
        return new TherapistFlagMail(clinicians, outbox, availability,
                patient -> "https://backboard.example/patients/" + patient.value(), CLOCK);
    }

    private void giveAddress(Actor clinician, String address) {
        clinicians.update(clinicians.findById(clinician.id()).orElseThrow()
                .withEmail(Optional.of(new MailAddress(address))));
    }

    private List<RaisedFlag> raised(Patient patient, RedFlag... signs) {
        EpisodeId episode = EpisodeId.newId();
        return Arrays.stream(signs).map(sign -> RaisedFlag.raise(episode, patient.id(), sign, CLOCK.instant(),
                Optional.empty(), Optional.of(UUID.randomUUID()))).toList();
    }

    @ParameterizedTest(name = "{0}: mailed {1}")
    @CsvSource({
            "SADDLE_NUMBNESS, true",
            "BLADDER_BOWEL, true",
            "FEVER, true",
            "TRAUMA, true",
            "RADIATING_BELOW_KNEE, false",
            "SLEEP_OR_DAILY_LIFE, false"})
    void emergencyAndUrgentSignsAreMailedReviewSignsAreNot(RedFlag sign, boolean mailed) {
        giveAddress(tess, "tess@clinic.example");

        mail(MailAvailability.sending()).queue(grace, raised(grace, sign));

        assertThat(outbox.queued()).hasSize(mailed ? 1 : 0);
    }

    @Test
    void severalSignsOfOneCheckInMakeOneMailToTheAssignedTherapist() {
        giveAddress(tess, "tess@clinic.example");
        giveAddress(theo, "theo@clinic.example");

        var id = mail(MailAvailability.sending()).queue(grace, raised(grace, RedFlag.SADDLE_NUMBNESS,
                RedFlag.FEVER, RedFlag.WORSENING));

        assertThat(id).isPresent();
        assertThat(outbox.queued()).singleElement().satisfies(sent -> {
            assertThat(sent.kind()).isEqualTo(MailKind.FLAG_ALERT);
            assertThat(sent.recipient().value()).isEqualTo("tess@clinic.example");
        });
    }

    @Test
    void theMailHoldsOnlyGenericTextAndTheLinkToThePatientsPage() {
        giveAddress(tess, "tess@clinic.example");

        mail(MailAvailability.sending()).queue(grace, raised(grace, RedFlag.BLADDER_BOWEL));

        OutgoingMail sent = outbox.queued().getFirst();
        assertThat(sent.subject()).isEqualTo("A patient has reported a warning sign");
        assertThat(sent.body()).contains("\nhttps://backboard.example/patients/" + grace.id().value() + "\n");
        assertThat(sent.body().split("https?://", -1)).as("one link").hasSize(2);
        String text = (sent.subject() + "\n" + sent.body().replace(grace.id().value().toString(), "")).toLowerCase();
        assertThat(text).doesNotContain("grace", "hopper", "gh-1906", "1966", "grace@example.org", "bladder",
                "bowel", "cauda", "emergency", "urgent");
    }

    @Test
    void aReassignedPatientsMailGoesToTheirTherapistNow() {
        giveAddress(tess, "tess@clinic.example");
        giveAddress(theo, "theo@clinic.example");
        Patient moved = grace.assignTo(theo.id(), CLOCK.instant());

        mail(MailAvailability.sending()).queue(moved, raised(moved, RedFlag.FEVER));

        assertThat(outbox.queued()).singleElement()
                .satisfies(sent -> assertThat(sent.recipient().value()).isEqualTo("theo@clinic.example"));
    }

    @Test
    void aTherapistWithoutAnAddressGetsNoMail() {
        assertThat(mail(MailAvailability.sending()).queue(grace, raised(grace, RedFlag.SADDLE_NUMBNESS))).isEmpty();
        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void aDeactivatedTherapistGetsNoMail() {
        giveAddress(tess, "tess@clinic.example");
        clinicians.update(clinicians.findById(tess.id()).orElseThrow().deactivated());

        mail(MailAvailability.sending()).queue(grace, raised(grace, RedFlag.SADDLE_NUMBNESS));

        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void withoutMailSetUpNothingIsQueuedToLeaveLater() {
        giveAddress(tess, "tess@clinic.example");

        mail(MailAvailability.notConfigured()).queue(grace, raised(grace, RedFlag.SADDLE_NUMBNESS));

        assertThat(outbox.queued()).isEmpty();
    }

    @Test
    void noFlagRaisedNoMail() {
        giveAddress(tess, "tess@clinic.example");

        mail(MailAvailability.sending()).queue(grace, List.of());

        assertThat(outbox.queued()).isEmpty();
    }
}
