package org.backboard.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.clinician.Clinicians;
import org.backboard.core.clinician.Username;
import org.backboard.core.patient.PatientService;
import org.backboard.core.roster.RosterService;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterSort;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@BackboardSpringTest
class PatientViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;
    @Autowired
    RosterService roster;
    @Autowired
    Clinicians clinicians;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("therapist1")
    void anotherTherapistsPatientLooksExactlyLikeAMissingOne() {
        RosterRow theirs = firstPatientOf("therapist2");

        navigate("patients/" + theirs.id().value(), PatientView.class);

        assertThat($(H2.class).id("patient-not-found").getText()).isEqualTo("Patient not found");
        assertThat($(Button.class).withId("patient-edit").exists()).isFalse();
    }

    @Test
    @WithUserDetails("therapist1")
    void aTherapistMayEditAndArchiveButNotReassign() {
        RosterRow mine = firstPatientOf("therapist1");

        navigate("patients/" + mine.id().value(), PatientView.class);

        assertThat($(Button.class).withId("patient-edit").exists()).isTrue();
        assertThat($(Button.class).withId("patient-archive").exists()).isTrue();
        assertThat($(Button.class).withId("patient-reassign").exists()).isFalse();
    }

    @Test
    @WithUserDetails("therapist1")
    void archivingAsksForConfirmationFirst() {
        RosterRow mine = firstPatientOf("therapist1");
        navigate("patients/" + mine.id().value(), PatientView.class);

        test($(Button.class).id("patient-archive")).click();

        assertThat($(ConfirmDialog.class).id("confirm-archive").isOpened()).isTrue();
        assertThat(patients.open(actorOf("therapist1"), mine.id()).orElseThrow().isArchived())
                .as("nothing happens before the confirmation").isFalse();
    }

    @Test
    @WithUserDetails("therapist1")
    void aMalformedPatientAddressLooksMissingToo() {
        navigate("patients/not-a-patient", PatientView.class);

        assertThat($(H2.class).id("patient-not-found").isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("lead")
    void theLeadOpensAnyPatientAndMayReassign() {
        RosterRow theirs = firstPatientOf("therapist2");

        navigate("patients/" + theirs.id().value(), PatientView.class);

        assertThat($(H2.class).id("patient-name").getText()).isEqualTo(theirs.displayName());
        assertThat($(Button.class).withId("patient-reassign").exists()).isTrue();
    }

    @Test
    @WithUserDetails("therapist1")
    void anEditWithAnMrnTakenByAnotherPatientIsRefusedOnTheFieldAndNothingChanges() {
        RosterRow mine = firstPatientOf("therapist1");
        RosterRow other = firstPatientOf("therapist2");
        navigate("patients/" + mine.id().value(), PatientView.class);

        test($(Button.class).id("patient-edit")).click();
        TextField mrn = $(TextField.class).id("patient-mrn");
        test(mrn).setValue(other.mrn());
        test($(Button.class).id("patient-save")).click();

        assertThat(mrn.isInvalid()).isTrue();
        assertThat(mrn.getErrorMessage()).isEqualTo("This MRN cannot be used. Ask a clinic lead.");
        assertThat(patients.open(actorOf("lead"), mine.id()).orElseThrow().details().mrn().value()).isEqualTo(mine.mrn());
        Map<String, Object> refusal = jdbc.queryForMap("""
                select * from audit_event where action = 'MRN_REFUSED' and actor_id = ? order by id desc limit 1""",
                clinician("therapist1").id().value());
        assertThat(refusal.get("patient_id")).isEqualTo(mine.id().value());
        assertThat(refusal.get("changed_fields")).isEqualTo("mrn");
        assertThat(refusal.values().toString()).doesNotContain(other.mrn()).doesNotContain(other.id().value().toString());
    }

    @Test
    @WithUserDetails("lead")
    void aLeadIsToldPlainlyThatAnotherPatientHasTheMrn() {
        RosterRow one = firstPatientOf("therapist1");
        RosterRow other = firstPatientOf("therapist2");
        navigate("patients/" + one.id().value(), PatientView.class);

        test($(Button.class).id("patient-edit")).click();
        TextField mrn = $(TextField.class).id("patient-mrn");
        test(mrn).setValue(other.mrn());
        test($(Button.class).id("patient-save")).click();

        assertThat(mrn.getErrorMessage()).isEqualTo("Another patient already has this MRN");
    }

    @Test
    @WithUserDetails("therapist1")
    void theSecondOfTwoConcurrentEditsGetsAConflictAndTheFirstIsKept() {
        RosterRow mine = firstPatientOf("therapist1");
        navigate("patients/" + mine.id().value(), PatientView.class);
        test($(Button.class).id("patient-edit")).click();

        Actor colleague = actorOf("therapist1");
        var loaded = patients.open(colleague, mine.id()).orElseThrow();
        patients.archive(colleague, mine.id(), loaded.version());
        test($(TextField.class).id("patient-given-name")).setValue("Overwritten");
        test($(Button.class).id("patient-save")).click();

        assertThat($(Paragraph.class).id("patient-dialog-error").getText()).contains("Someone else changed this patient");
        var stored = patients.open(colleague, mine.id()).orElseThrow();
        assertThat(stored.isArchived()).isTrue();
        assertThat(stored.details().name().given()).isNotEqualTo("Overwritten");
        patients.restore(colleague, mine.id(), stored.version());
    }

    @Test
    @WithUserDetails("therapist1")
    void aDateOfBirthInTheFutureIsExplainedOnTheField() {
        navigate("patients/" + firstPatientOf("therapist1").id().value(), PatientView.class);
        test($(Button.class).id("patient-edit")).click();
        DatePicker dateOfBirth = $(DatePicker.class).id("patient-date-of-birth");

        dateOfBirth.setValue(patients.today().plusDays(1));
        test($(Button.class).id("patient-save")).click();

        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage()).isEqualTo("Date of birth cannot be in the future");
    }

    private Actor actorOf(String username) {
        Clinician clinician = clinician(username);
        return new Actor(clinician.id(), clinician.role());
    }

    private RosterRow firstPatientOf(String username) {
        return roster.roster(actorOf(username), RosterQuery.everyone(), List.of(RosterSort.byName()), 0, 1).getFirst();
    }

    private Clinician clinician(String username) {
        return clinicians.findByUsername(new Username(username)).orElseThrow();
    }
}
