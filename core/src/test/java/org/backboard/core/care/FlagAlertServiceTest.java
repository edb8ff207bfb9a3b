package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.ContactDetails;
import org.backboard.core.patient.InMemoryPatients;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientDetails;
import org.backboard.core.patient.PatientId;
import org.backboard.core.patient.PersonName;
import org.backboard.core.patient.Sex;
import org.backboard.core.redflag.FlagAlerts;
import org.backboard.core.redflag.FlagRaised;
import org.backboard.core.redflag.FlagRaisedListener;
import org.backboard.core.redflag.Tier;
import org.junit.jupiter.api.Test;

class FlagAlertServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T09:00:00Z");

    private final InMemoryPatients patients = new InMemoryPatients();
    private final List<FlagRaisedListener> subscribed = new ArrayList<>();
    private final FlagAlertService service = new FlagAlertService(new FlagAlerts() {
        @Override
        public void subscribe(FlagRaisedListener listener) {
            subscribed.add(listener);
        }

        @Override
        public void unsubscribe(FlagRaisedListener listener) {
            subscribed.remove(listener);
        }
    }, patients);

    @Test
    void anAlertNamesTheTherapistThePatientHasWhenItArrivesNotWhenTheFlagWasRaised() {
        ClinicianId first = ClinicianId.newId();
        ClinicianId second = ClinicianId.newId();
        Patient patient = patients.save(patient(first));
        FlagRaised raised = new FlagRaised(patient.id(), EpisodeId.newId(), Tier.EMERGENCY);

        patients.save(patient.assignTo(second, NOW));

        assertThat(service.alert(raised)).hasValueSatisfying(alert -> {
            assertThat(alert.therapist()).isEqualTo(second);
            assertThat(alert.patient()).isEqualTo(patient.id());
            assertThat(alert.tier()).isEqualTo(Tier.EMERGENCY);
        });
    }

    @Test
    void aFlagOfAnUnknownPatientAlertsNobody() {
        assertThat(service.alert(new FlagRaised(PatientId.newId(), EpisodeId.newId(), Tier.REVIEW))).isEmpty();
    }

    @Test
    void listenersSubscribeToTheClinicsNewsThroughTheService() {
        FlagRaisedListener listener = flag -> { };

        service.subscribe(listener);
        assertThat(subscribed).containsExactly(listener);
        service.unsubscribe(listener);
        assertThat(subscribed).isEmpty();
    }

    private static Patient patient(ClinicianId therapist) {
        PatientDetails details = new PatientDetails(Mrn.of("BB-7001"), new PersonName("Ada", "Lovelace"),
                LocalDate.of(1980, 1, 1), Sex.FEMALE, ContactDetails.of("", ""));
        return Patient.register(details, therapist, NOW);
    }
}
