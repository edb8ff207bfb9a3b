package org.backboard.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.backboard.core.clinician.Clinician;
import org.backboard.core.patient.Patient;
import org.backboard.core.roster.RosterRow;
import org.backboard.ui.BackboardSpringTest;
import org.backboard.ui.ClinicFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Two therapists of the test's own, two patients each, beside whatever else the clinic holds. */
@BackboardSpringTest
class RosterViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    private ClinicFixture clinic;
    private Clinician therapist;
    private Clinician colleague;
    private List<Patient> caseload;

    @BeforeEach
    void twoTherapistsWithTwoPatientsEach() {
        clinic = new ClinicFixture(context);
        therapist = clinic.therapist();
        colleague = clinic.therapist();
        caseload = List.of(clinic.patientOf(therapist), clinic.patientOf(therapist));
        clinic.patientOf(colleague);
        clinic.patientOf(colleague);
    }

    @Test
    void aTherapistLandsOnTheirOwnPatientsOnly() {
        clinic.signIn(therapist);
        navigate(RosterView.class);

        var grid = test(rosterGrid());
        assertThat(rows(grid)).extracting(RosterRow::id)
                .containsExactlyInAnyOrderElementsOf(caseload.stream().map(Patient::id).toList());
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.therapistName()).isEqualTo(therapist.displayName()));
        assertThat($(ComboBox.class).withCondition(c -> "Therapist".equals(c.getLabel())).exists())
                .as("the therapist filter is for leads").isFalse();
        assertThat(rosterGrid().getColumnByKey("therapist").isVisible()).as("it would repeat their own name").isFalse();
        assertThat($(Span.class).id("roster-count").getText()).isEqualTo(grid.size() + " patients");
    }

    @Test
    void aLeadSeesTheWholeClinicAndCanFilterByTherapist() {
        clinic.signIn(clinic.lead());
        navigate(RosterView.class);
        var grid = test(rosterGrid());
        int clinicSize = grid.size();
        assertThat(rows(grid)).extracting(RosterRow::therapistName)
                .contains(therapist.displayName(), colleague.displayName());

        @SuppressWarnings("unchecked")
        ComboBox<Object> filter = $(ComboBox.class).withCondition(c -> "Therapist".equals(c.getLabel())).single();
        test(filter).selectItem(colleague.displayName());

        assertThat(grid.size()).isEqualTo(2).isLessThan(clinicSize);
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.therapistName()).isEqualTo(colleague.displayName()));
    }

    @Test
    void searchNarrowsTheRosterByNameOrMrn() {
        clinic.signIn(therapist);
        navigate(RosterView.class);
        var grid = test(rosterGrid());
        Patient someone = caseload.getLast();

        test($(TextField.class).id("roster-search")).setValue(someone.details().mrn().value().toLowerCase());

        assertThat(rows(grid)).extracting(RosterRow::id).containsExactly(someone.id());
    }

    @SuppressWarnings("unchecked")
    private Grid<RosterRow> rosterGrid() {
        return $(Grid.class).id("roster-grid");
    }

    private static List<RosterRow> rows(GridTester<Grid<RosterRow>, RosterRow> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
