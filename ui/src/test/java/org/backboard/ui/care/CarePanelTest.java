package org.backboard.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.episode.Episode;
import org.backboard.core.patient.Patient;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.ClinicFixture;
import org.backboard.ui.patient.PatientView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The patient page's care panel without a browser: refusals land on their fields and nothing is saved. */
@BackboardSpringTest
class CarePanelTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private Patient patient;
    private Episode episode;

    @BeforeEach
    void aTherapistSignedInWithAPatientWithOneActiveEpisode() {
        ClinicFixture clinic = new ClinicFixture(context);
        Clinician therapist = clinic.therapist();
        patient = clinic.patientOf(therapist);
        episode = clinic.openEpisode(patient);
        clinic.signIn(therapist);
    }

    @Test
    void aPainScoreOutOfRangeIsShownOnItsFieldAndNoCheckInIsSaved() {
        int before = checkIns();
        navigate("patients/" + patient.id().value(), PatientView.class);

        test($(Button.class).id("record-check-in")).click();
        $(IntegerField.class).id("check-in-pain").setValue(11);
        $(IntegerField.class).id("check-in-stiffness").setValue(3);
        test($(Button.class).id("check-in-dialog-save")).click();

        IntegerField pain = $(IntegerField.class).id("check-in-pain");
        assertThat(pain.isInvalid()).isTrue();
        assertThat(pain.getErrorMessage()).isEqualTo("Pain is a whole number from 0 to 10");
        assertThat(checkIns()).isEqualTo(before);
    }

    @Test
    void aDischargeBeforeTheStartIsRefusedOnItsFieldAndTheEpisodeStaysOpen() {
        LocalDate start = episode.details().startDate();
        navigate("patients/" + patient.id().value(), PatientView.class);

        test($(Button.class).id("episode-discharge")).click();
        $(DatePicker.class).id("discharge-date").setValue(start.minusDays(1));
        $(TextArea.class).id("discharge-reason").setValue("Goals met");
        test($(Button.class).id("discharge-dialog-save")).click();

        DatePicker date = $(DatePicker.class).id("discharge-date");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Discharge cannot be before the episode's start");
        assertThat(jdbc.queryForObject("select status from episode where id = ?", String.class, episode.id().value()))
                .isEqualTo("ACTIVE");
    }

    private int checkIns() {
        return jdbc.queryForObject("select count(*) from check_in where episode_id = ?", Integer.class, episode.id().value());
    }
}
