package org.backboard.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.patient.PatientView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The patient page's care panel without a browser: refusals land on their fields and nothing is saved. */
@BackboardSpringTest
class CarePanelTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private UUID patient;
    private UUID episode;

    @BeforeEach
    void aTherapist1PatientWithOneActiveEpisode() {
        Map<String, Object> row = jdbc.queryForMap("""
                select p.id as patient, e.id as episode from patient p
                  join clinician c on c.id = p.therapist_id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from episode x where x.patient_id = p.id and x.status <> 'DISCHARGED') = 1
                 order by p.mrn limit 1""");
        patient = (UUID) row.get("patient");
        episode = (UUID) row.get("episode");
    }

    @Test
    @WithUserDetails("therapist1")
    void aPainScoreOutOfRangeIsShownOnItsFieldAndNoCheckInIsSaved() {
        int before = checkIns();
        navigate("patients/" + patient, PatientView.class);

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
    @WithUserDetails("therapist1")
    void aDischargeBeforeTheStartIsRefusedOnItsFieldAndTheEpisodeStaysOpen() {
        LocalDate start = jdbc.queryForObject("select start_date from episode where id = ?", LocalDate.class, episode);
        navigate("patients/" + patient, PatientView.class);

        test($(Button.class).id("episode-discharge")).click();
        $(DatePicker.class).id("discharge-date").setValue(start.minusDays(1));
        $(TextArea.class).id("discharge-reason").setValue("Goals met");
        test($(Button.class).id("discharge-dialog-save")).click();

        DatePicker date = $(DatePicker.class).id("discharge-date");
        assertThat(date.isInvalid()).isTrue();
        assertThat(date.getErrorMessage()).isEqualTo("Discharge cannot be before the episode's start");
        assertThat(jdbc.queryForObject("select status from episode where id = ?", String.class, episode))
                .isEqualTo("ACTIVE");
    }

    private int checkIns() {
        return jdbc.queryForObject("select count(*) from check_in where episode_id = ?", Integer.class, episode);
    }
}
