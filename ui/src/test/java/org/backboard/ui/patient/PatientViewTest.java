package org.backboard.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.patient.Patient;
import org.backboard.core.patient.PatientService;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.ClinicFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each test signs in as a clinician of its own, with a patient of its own and one of a colleague's. */
@BackboardSpringTest
class PatientViewTest extends SpringBrowserlessTest {

    @Autowired
    PatientService patients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private ClinicFixture clinic;
    private Clinician therapist;
    private Clinician lead;
    private Patient mine;
    private Patient theirs;

    @BeforeEach
    void aTherapistAndAColleagueEachWithAPatient() {
        clinic = new ClinicFixture(context);
        therapist = clinic.therapist();
        lead = clinic.lead();
        mine = clinic.patientOf(therapist);
        theirs = clinic.patientOf(clinic.therapist());
    }

    @Test
    void anotherTherapistsPatientLooksExactlyLikeAMissingOne() {
        clinic.signIn(therapist);

        navigate("patients/" + theirs.id().value(), PatientView.class);

        assertThat($(H2.class).id("patient-not-found").getText()).isEqualTo("Patient not found");
        assertThat($(Button.class).withId("patient-edit").exists()).isFalse();
    }

    @Test
    void aTherapistMayEditAndArchiveButNotReassign() {
        clinic.signIn(therapist);

        navigate("patients/" + mine.id().value(), PatientView.class);

        assertThat($(Button.class).withId("patient-edit").exists()).isTrue();
        assertThat($(Button.class).withId("patient-archive").exists()).isTrue();
        assertThat($(Button.class).withId("patient-reassign").exists()).isFalse();
    }

    @Test
    void archivingAsksForConfirmationFirst() {
        clinic.signIn(therapist);
        navigate("patients/" + mine.id().value(), PatientView.class);

        test($(Button.class).id("patient-archive")).click();

        assertThat($(ConfirmDialog.class).id("confirm-archive").isOpened()).isTrue();
        assertThat(patients.open(ClinicFixture.actor(therapist), mine.id()).orElseThrow().isArchived())
                .as("nothing happens before the confirmation").isFalse();
    }

    @Test
    void aMalformedPatientAddressLooksMissingToo() {
        clinic.signIn(therapist);

        navigate("patients/not-a-patient", PatientView.class);

        assertThat($(H2.class).id("patient-not-found").isVisible()).isTrue();
    }

    @Test
    void theLeadOpensAnyPatientAndMayReassign() {
        clinic.signIn(lead);

        navigate("patients/" + theirs.id().value(), PatientView.class);

        assertThat($(H2.class).id("patient-name").getText()).isEqualTo(theirs.details().name().sortable());
        assertThat($(Button.class).withId("patient-reassign").exists()).isTrue();
    }

    @Test
    void anEditWithAnMrnTakenByAnotherPatientIsRefusedOnTheFieldAndNothingChanges() {
        clinic.signIn(therapist);
        navigate("patients/" + mine.id().value(), PatientView.class);

        test($(Button.class).id("patient-edit")).click();
        TextField mrn = $(TextField.class).id("patient-mrn");
        test(mrn).setValue(mrnOf(theirs));
        test($(Button.class).id("patient-save")).click();

        assertThat(mrn.isInvalid()).isTrue();
        assertThat(mrn.getErrorMessage()).isEqualTo("This MRN cannot be used. Ask a clinic lead.");
        assertThat(mrnOf(patients.open(ClinicFixture.actor(lead), mine.id()).orElseThrow())).isEqualTo(mrnOf(mine));
        Map<String, Object> refusal = jdbc.queryForMap("""
                select * from audit_event where action = 'MRN_REFUSED' and actor_id = ? order by id desc limit 1""",
                therapist.id().value());
        assertThat(refusal.get("patient_id")).isEqualTo(mine.id().value());
        assertThat(refusal.get("changed_fields")).isEqualTo("mrn");
        assertThat(refusal.values().toString()).doesNotContain(mrnOf(theirs))
                .doesNotContain(theirs.id().value().toString());
    }

    @Test
    void aLeadIsToldPlainlyThatAnotherPatientHasTheMrn() {
        clinic.signIn(lead);
        navigate("patients/" + mine.id().value(), PatientView.class);

        test($(Button.class).id("patient-edit")).click();
        TextField mrn = $(TextField.class).id("patient-mrn");
        test(mrn).setValue(mrnOf(theirs));
        test($(Button.class).id("patient-save")).click();

        assertThat(mrn.getErrorMessage()).isEqualTo("Another patient already has this MRN");
    }

    @Test
    void theSecondOfTwoConcurrentEditsGetsAConflictAndTheFirstIsKept() {
        clinic.signIn(therapist);
        navigate("patients/" + mine.id().value(), PatientView.class);
        test($(Button.class).id("patient-edit")).click();

        Actor colleague = ClinicFixture.actor(therapist);
        var loaded = patients.open(colleague, mine.id()).orElseThrow();
        patients.archive(colleague, mine.id(), loaded.version());
        test($(TextField.class).id("patient-given-name")).setValue("Overwritten");
        test($(Button.class).id("patient-save")).click();

        assertThat($(Paragraph.class).id("patient-dialog-error").getText()).contains("Someone else changed this patient");
        var stored = patients.open(colleague, mine.id()).orElseThrow();
        assertThat(stored.isArchived()).isTrue();
        assertThat(stored.details().name().given()).isNotEqualTo("Overwritten");
    }

    @Test
    void aDateOfBirthInTheFutureIsExplainedOnTheField() {
        clinic.signIn(therapist);
        navigate("patients/" + mine.id().value(), PatientView.class);
        test($(Button.class).id("patient-edit")).click();
        DatePicker dateOfBirth = $(DatePicker.class).id("patient-date-of-birth");

        dateOfBirth.setValue(patients.today().plusDays(1));
        test($(Button.class).id("patient-save")).click();

        assertThat(dateOfBirth.isInvalid()).isTrue();
        assertThat(dateOfBirth.getErrorMessage()).isEqualTo("Date of birth cannot be in the future");
    }

    private static String mrnOf(Patient patient) {
        return patient.details().mrn().value();
    }
}
