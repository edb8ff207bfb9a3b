package org.backboard.ui.patient;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.backboard.ui.components.PageWidth;
import org.backboard.ui.components.StackedCells;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.backboard.core.clinician.Actor;
import org.backboard.core.patient.PatientStatus;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterService;
import org.backboard.ui.components.ClinicalBadges;
import com.vaadin.flow.component.Component;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.outcome.PainChangeCategory;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterSort;

/** The roster table: rows are fetched page by page, sorted and filtered by the database. */
class RosterGrid extends Grid<RosterRow> {

    private final LocalDate today;
    private final boolean lead;
    private int width;
    // read by the CSV download too, which is served outside the UI's request handling
    private volatile RosterQuery query = RosterQuery.everyone();
    private volatile List<RosterSort> sort = List.of();

    RosterGrid(RosterService roster, Actor actor, IntConsumer onCount) {
        this.today = roster.today();
        setId("roster-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);

        // a phone shows one stacked cell per patient, a tablet the name over the MRN; see byWidth
        addComponentColumn(this::stacked).setHeader("Patient").setKey("stacked").setVisible(false);
        addComponentColumn(this::nameOverMrn).setHeader("Patient").setSortProperty(RosterSort.Column.NAME.name())
                .setKey("who").setFlexGrow(1).setVisible(false);
        addColumn(RosterRow::displayName).setHeader("Name").setSortProperty(RosterSort.Column.NAME.name())
                .setFlexGrow(3).setKey("name").setTooltipGenerator(RosterRow::displayName);
        // MRNs run to 20 characters: room for them
        addColumn(RosterRow::mrn).setHeader("MRN").setSortProperty(RosterSort.Column.MRN.name()).setKey("mrn")
                .setWidth("11rem").setFlexGrow(0).setTooltipGenerator(RosterRow::mrn);
        addColumn(row -> row.ageOn(today)).setHeader("Age").setSortProperty(RosterSort.Column.AGE.name())
                .setKey("age").setFlexGrow(0).setWidth("5.5rem").setTextAlign(ColumnTextAlign.END);
        // a therapist's roster is all theirs: the column would only repeat their name
        addColumn(RosterRow::therapistName).setHeader("Therapist")
                .setSortProperty(RosterSort.Column.THERAPIST.name()).setKey("therapist").setFlexGrow(2)
                .setTooltipGenerator(RosterRow::therapistName).setVisible(actor.isLead());
        addComponentColumn(this::stageBadge).setHeader("Stage").setTooltipGenerator(this::daysUntilChronic)
                .setSortProperty(RosterSort.Column.DAYS_TO_CHRONIC.name()).setKey("stage").setWidth("14rem")
                .setFlexGrow(0);
        addComponentColumn(RosterGrid::painBadge).setHeader("Pain").setKey("pain").setWidth("10rem").setFlexGrow(0);
        addComponentColumn(RosterGrid::flagBadge).setHeader("Red flag").setKey("flag").setWidth("8rem")
                .setFlexGrow(0);
        addComponentColumn(RosterGrid::statusBadge).setHeader("Status")
                .setSortProperty(RosterSort.Column.STATUS.name()).setKey("status").setFlexGrow(0).setWidth("7rem");
        lead = actor.isLead();
        PageWidth.follow(this, this::byWidth);
        setMultiSort(true, MultiSortPriority.APPEND);
        addSortListener(sorted -> sort = sortOf(sorted.getSortOrder().stream()
                .flatMap(order -> order.getSorted().getSortOrder(order.getDirection())).toList()));
        setEmptyStateText("No patients match. Check the search and filters, or tick Show archived.");

        setItems(
                fetch -> roster.roster(actor, query, sortOf(fetch.getSortOrders()), fetch.getOffset(),
                        fetch.getLimit()).stream(),
                count -> {
                    int total = roster.count(actor, query);
                    onCount.accept(total);
                    return total;
                });
    }

    /**
     * A laptop shows the columns; a tablet the name over the MRN beside stage, pain and flag (age,
     * therapist and status are on the patient page); a phone one stacked cell: name, MRN, stage
     * and flags always readable.
     */
    private void byWidth(int width) {
        this.width = width;
        boolean laptop = width >= PageWidth.TABLET;
        StackedCells.showByWidth(this, width, List.of("name", "mrn"), List.of("stage", "pain", "flag"));
        // a lead's therapist column takes the age's room; age is on the patient page
        getColumnByKey("age").setVisible(laptop && !lead);
        getColumnByKey("therapist").setVisible(laptop && lead);
        // all rows say "Active" unless archived patients are shown
        getColumnByKey("status").setVisible(laptop && query.includeArchived());
    }

    private Component nameOverMrn(RosterRow row) {
        return StackedCells.titleOver(row.displayName(), row.mrn());
    }

    private Component stacked(RosterRow row) {
        Span name = new Span(row.displayName());
        name.addClassName("bb-stacked-title");
        Span mrn = new Span(row.mrn());
        Span facts = new Span(row.ageOn(today) + " years" + (lead ? " · " + row.therapistName() : "")
                + (row.status() == PatientStatus.ACTIVE ? "" : " · " + row.status().label()));
        Div line = new Div(mrn, facts);
        line.addClassNames("bb-stacked-badges", "bb-muted");
        Div badges = new Div(stageBadge(row), painBadge(row), flagBadge(row));
        badges.addClassName("bb-stacked-badges");
        Div cell = new Div(name, line, badges);
        cell.addClassName("bb-stacked");
        return cell;
    }

    void filter(RosterQuery newQuery) {
        this.query = newQuery;
        if (width > 0) {
            byWidth(width);
        }
        refresh();
    }

    void refresh() {
        getDataProvider().refreshAll();
    }

    /** The filters and sort the roster shows now: an export writes exactly these rows. */
    RosterQuery query() {
        return query;
    }

    List<RosterSort> sort() {
        return sort;
    }

    private static List<RosterSort> sortOf(List<QuerySortOrder> orders) {
        return orders.stream()
                .map(order -> new RosterSort(RosterSort.Column.valueOf(order.getSorted()),
                        order.getDirection() == SortDirection.ASCENDING))
                .toList();
    }

    private Component stageBadge(RosterRow row) {
        return row.chronicityOn(today).<Component>map(ClinicalBadges::stage).orElseGet(() -> {
            Span none = new Span("No open episode");
            none.addClassName("bb-muted");
            return none;
        });
    }

    private String daysUntilChronic(RosterRow row) {
        return row.chronicityOn(today).map(c -> c.daysUntilChronic().map(days -> days + " days until chronic")
                .orElse("Chronic")).orElse("");
    }

    /**
     * Baseline → now, with an important change in words (the colour only repeats it); without
     * one the scores stand alone, and the tooltip says "No important change".
     */
    private static Component painBadge(RosterRow row) {
        if (row.pain().isEmpty()) {
            return new Span();
        }
        PainChange change = row.pain().get();
        String scores = change.baseline().value() + " → " + change.current().value();
        Span badge = new Span(change.category() == PainChangeCategory.NO_IMPORTANT_CHANGE ? scores
                : scores + " · " + change.category().label().toLowerCase(Locale.ENGLISH));
        badge.setTitle(change.category().label());
        badge.addClassNames("bb-badge", "bb-pain-" + change.category().name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The most urgent open flag; empty when none is open. */
    private static Component flagBadge(RosterRow row) {
        return row.worstOpenFlag().<Component>map(ClinicalBadges::tier).orElseGet(Span::new);
    }

    private static Span statusBadge(RosterRow row) {
        Span badge = new Span(row.status().label());
        badge.addClassNames("bb-status",
                row.status() == PatientStatus.ACTIVE ? "bb-status-active" : "bb-status-archived");
        return badge;
    }
}
