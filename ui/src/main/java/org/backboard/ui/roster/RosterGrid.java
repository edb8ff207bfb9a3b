package org.backboard.ui.roster;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;
import org.backboard.core.clinician.Actor;
import org.backboard.core.patient.PatientService;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.patient.RosterQuery;
import org.backboard.core.patient.RosterRow;
import org.backboard.core.patient.RosterSort;

/** The roster table: rows are fetched page by page, sorted and filtered by the database. */
class RosterGrid extends Grid<RosterRow> {

    private final PatientService patients;
    private final Actor actor;
    private final LocalDate today;
    private RosterQuery query = RosterQuery.everyone();

    RosterGrid(PatientService patients, Actor actor, IntConsumer onCount) {
        this.patients = patients;
        this.actor = actor;
        this.today = patients.today();
        setId("roster-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        addColumn(RosterRow::displayName).setHeader("Name").setSortProperty(RosterSort.Column.NAME.name())
                .setFlexGrow(2).setKey("name");
        addColumn(RosterRow::mrn).setHeader("MRN").setSortProperty(RosterSort.Column.MRN.name()).setKey("mrn");
        addColumn(row -> row.ageOn(today)).setHeader("Age").setSortProperty(RosterSort.Column.AGE.name())
                .setKey("age").setFlexGrow(0).setWidth("6em").setTextAlign(ColumnTextAlign.END);
        // a therapist's roster is all theirs: the column would only repeat their name
        addColumn(RosterRow::therapistName).setHeader("Therapist")
                .setSortProperty(RosterSort.Column.THERAPIST.name()).setKey("therapist").setVisible(actor.isLead());
        addComponentColumn(RosterGrid::statusBadge).setHeader("Status")
                .setSortProperty(RosterSort.Column.STATUS.name()).setKey("status").setFlexGrow(0).setWidth("8em");
        setMultiSort(true, MultiSortPriority.APPEND);
        setEmptyStateText("No patients match. Check the search, or tick Show archived.");

        setItems(
                fetch -> patients.roster(actor, query, sortOf(fetch.getSortOrders()), fetch.getOffset(),
                        fetch.getLimit()).stream(),
                count -> {
                    int total = patients.count(actor, query);
                    onCount.accept(total);
                    return total;
                });
    }

    void filter(RosterQuery newQuery) {
        this.query = newQuery;
        refresh();
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    private static List<RosterSort> sortOf(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new RosterSort(RosterSort.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private static Span statusBadge(RosterRow row) {
        Span badge = new Span(row.status().label());
        badge.addClassNames("bb-status",
                row.status() == PatientStatus.ACTIVE ? "bb-status-active" : "bb-status-archived");
        return badge;
    }
}
