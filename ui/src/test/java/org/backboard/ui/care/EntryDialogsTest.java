package org.backboard.ui.care;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.redflag.RedFlag;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.patient.PatientView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The care record's entry dialogs as a new user meets them: shared defaults, a live score, only what is known. */
@BackboardSpringTest
class EntryDialogsTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    private UUID patient;
    private UUID episode;

    @BeforeEach
    void aTherapist1PatientWithOneActiveEpisodeAndAProgram() {
        Map<String, Object> row = jdbc.queryForMap("""
                select p.id as patient, e.id as episode from patient p
                  join clinician c on c.id = p.therapist_id
                  join episode e on e.patient_id = p.id and e.status = 'ACTIVE'
                  join program pr on pr.episode_id = e.id
                 where c.username = 'therapist1' and p.status = 'ACTIVE'
                   and (select count(*) from episode x where x.patient_id = p.id and x.status <> 'DISCHARGED') = 1
                 order by p.mrn limit 1""");
        patient = (UUID) row.get("patient");
        episode = (UUID) row.get("episode");
    }

    @Test
    @WithUserDetails("therapist1")
    void theCheckInAndSessionDialogsBothStartAtAClinicVisit() {
        navigate("patients/" + patient, PatientView.class);

        test($(Button.class).id("record-check-in")).click();
        assertThat(((Enum<?>) $(RadioButtonGroup.class).id("check-in-source").getValue()).name())
                .isEqualTo("CLINIC_VISIT");
        navigate("patients/" + patient, PatientView.class);
        test($(Button.class).id("record-session")).click();
        assertThat(((Enum<?>) $(RadioButtonGroup.class).id("session-source").getValue()).name())
                .isEqualTo("CLINIC_VISIT");
    }

    @Test
    @WithUserDetails("therapist1")
    @SuppressWarnings("unchecked")
    void theOswestryDialogShowsTheScoreAndBandAsSectionsAreScored() {
        navigate("patients/" + patient, PatientView.class);
        test($(Button.class).id("record-odi")).click();
        Paragraph live = $(Paragraph.class).id("odi-live-score");
        assertThat(live.getText()).startsWith("Score: not yet (10 sections unanswered");

        for (String section : new String[] {"pain-intensity", "personal-care", "lifting", "walking", "sitting",
                "standing", "sleeping", "social-life"}) {
            test($(Select.class).id("odi-" + section)).selectItem("2 · moderate");
        }

        assertThat(live.getText()).isEqualTo("Score: 40 % · moderate disability (8 of 10 sections)");
    }

    @Test
    @WithUserDetails("therapist1")
    @SuppressWarnings("unchecked")
    void aPhoneCallAnsweringOnlyARedFlagQuestionIsSavedWithoutScores() {
        int before = checkIns();
        navigate("patients/" + patient, PatientView.class);
        test($(Button.class).id("record-check-in")).click();
        $(RadioButtonGroup.class).id("check-in-source").setValue(
                org.backboard.core.symptom.CheckInSource.PHONE);
        $(CheckboxGroup.class).id("check-in-red-flags").setValue(Set.of(RedFlag.FEVER));
        test($(Button.class).id("check-in-dialog-save")).click();

        assertThat(checkIns()).isEqualTo(before + 1);
        assertThat(jdbc.queryForList("select pain from check_in where episode_id = ? order by taken_at desc limit 1",
                Integer.class, episode)).containsExactly((Integer) null);
    }

    private int checkIns() {
        return jdbc.queryForObject("select count(*) from check_in where episode_id = ?", Integer.class, episode);
    }
}
