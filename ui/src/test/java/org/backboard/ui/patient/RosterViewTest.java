package org.backboard.ui.patient;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.backboard.core.roster.RosterRow;
import org.backboard.ui.BackboardSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@BackboardSpringTest
class RosterViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("therapist1")
    void aTherapistLandsOnTheirOwnPatientsOnly() {
        navigate(RosterView.class);

        var grid = test(rosterGrid());
        assertThat(grid.size()).isPositive().isLessThan(200);
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.therapistName()).isEqualTo("Tara Quinn"));
        assertThat($(ComboBox.class).withCondition(c -> "Therapist".equals(c.getLabel())).exists())
                .as("the therapist filter is for leads").isFalse();
        assertThat(rosterGrid().getColumnByKey("therapist").isVisible()).as("it would repeat their own name").isFalse();
        assertThat($(Span.class).id("roster-count").getText()).isEqualTo(grid.size() + " patients");
    }

    @Test
    @WithUserDetails("lead")
    void aLeadSeesTheWholeClinicAndCanFilterByTherapist() {
        navigate(RosterView.class);
        var grid = test(rosterGrid());
        int clinic = grid.size();
        assertThat(rows(grid)).extracting(RosterRow::therapistName).contains("Tara Quinn", "Sam Okoye", "Jon Berg");

        @SuppressWarnings("unchecked")
        ComboBox<Object> therapist = $(ComboBox.class).withCondition(c -> "Therapist".equals(c.getLabel())).single();
        test(therapist).selectItem("Sam Okoye");

        assertThat(grid.size()).isPositive().isLessThan(clinic);
        assertThat(rows(grid)).allSatisfy(row -> assertThat(row.therapistName()).isEqualTo("Sam Okoye"));
    }

    @Test
    @WithUserDetails("therapist1")
    void searchNarrowsTheRosterByNameOrMrn() {
        navigate(RosterView.class);
        var grid = test(rosterGrid());
        RosterRow someone = grid.getRow(0);

        test($(TextField.class).id("roster-search")).setValue(someone.mrn().toLowerCase());

        assertThat(rows(grid)).extracting(RosterRow::id).containsExactly(someone.id());
    }

    @SuppressWarnings("unchecked")
    private Grid<RosterRow> rosterGrid() {
        return $(Grid.class).id("roster-grid");
    }

    private static java.util.List<RosterRow> rows(com.vaadin.flow.component.grid.GridTester<Grid<RosterRow>, RosterRow> grid) {
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }
}
