package org.backboard.ui.worklist;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.backboard.core.care.FlagAlert;
import org.backboard.core.care.WorklistService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.worklist.Severity;
import org.backboard.core.worklist.WorkItem;
import org.backboard.core.worklist.Worklist;
import org.backboard.ui.alert.FlagAlertBroadcaster;
import org.backboard.ui.components.ClinicalBadges;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.PageWidth;
import org.backboard.ui.patient.PatientView;
import org.backboard.ui.security.CurrentClinician;

/**
 * The landing page: what needs attention today, most severe first, then the oldest. A therapist
 * sees their caseload; a lead the whole clinic or one therapist's.
 */
@Route("")
@PageTitle("Today | Backboard")
@RolesAllowed({"THERAPIST", "LEAD"})
public class WorklistView extends VerticalLayout {

    private final WorklistService worklist;
    /** Read once: a refresh pushed by a new flag runs outside any request of this clinician's. */
    private final Actor actor;
    private final ClinicianDirectory clinicians;
    private final ComboBox<ClinicianSummary> therapist = new ComboBox<>("Therapist");
    private final TextField patientFilter = new TextField("Patient");
    private final H2 title = new H2("Today");
    private final Span summary = new Span();
    private final Grid<WorkItem> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("Nothing needs your attention today.");
    private final Paragraph flagsOnly = new Paragraph();
    /** The red flags on the list as last read: a pushed refresh tells only of flags not among them. */
    private Set<UUID> shownFlags = Set.of();

    public WorklistView(WorklistService worklist, ClinicianDirectory clinicians, CurrentClinician current,
                        FlagAlertBroadcaster flagAlerts) {
        this.worklist = worklist;
        this.actor = current.actor();
        this.clinicians = clinicians;
        setSizeFull();
        summary.setId("worklist-summary");
        summary.addClassNames(LumoUtility.TextColor.SECONDARY);
        therapist.setItems(clinicians.activeTherapists());
        therapist.setItemLabelGenerator(ClinicianSummary::displayName);
        therapist.setPlaceholder("All therapists");
        therapist.setClearButtonVisible(true);
        therapist.setVisible(actor.isLead());
        therapist.setId("worklist-therapist");
        therapist.addValueChangeListener(change -> refresh());

        patientFilter.setPlaceholder("Filter by name");
        patientFilter.setClearButtonVisible(true);
        patientFilter.setValueChangeMode(ValueChangeMode.LAZY);
        patientFilter.setId("worklist-patient");
        patientFilter.addValueChangeListener(change -> filterByPatient());

        HorizontalLayout toolbar = new HorizontalLayout(patientFilter, therapist);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        configureGrid();
        empty.setId("worklist-empty");
        flagsOnly.setId("worklist-flags-only");
        flagsOnly.addClassName("bb-prompt");
        add(title, summary, toolbar, flagsOnly, empty, grid);
        expand(grid);
        refresh();
        // a flag raised anywhere for a patient this clinician may see refreshes the list in place:
        // an open acknowledgement dialog stays as it is
        flagAlerts.follow(this, actor, alert -> true, this::flagsRaised);
    }

    private void configureGrid() {
        grid.setId("worklist");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // a phone reads each item as one stacked cell with its action; wider screens as columns
        grid.addComponentColumn(this::stacked).setHeader("Item").setKey("stacked").setVisible(false);
        grid.addComponentColumn(WorklistView::severity).setHeader("Severity").setAutoWidth(true).setFlexGrow(0)
                .setKey("severity");
        grid.addColumn(item -> item.kind().label()).setHeader("Item").setAutoWidth(true).setFlexGrow(0)
                .setKey("kind");
        grid.addComponentColumn(WorklistView::patientLink).setHeader("Patient").setWidth("12rem").setFlexGrow(1)
                .setKey("patient");
        grid.addColumn(WorkItem::reason).setHeader("Why").setWidth("14rem").setFlexGrow(3).setKey("why");
        grid.addColumn(item -> Dates.day(item.since())).setHeader("Since").setAutoWidth(true).setFlexGrow(0)
                .setKey("since");
        grid.addColumn(item -> clinicians.displayName(item.patient().therapist())).setHeader("Therapist")
                .setAutoWidth(true).setFlexGrow(0).setKey("therapist").setVisible(actor.isLead());
        grid.addComponentColumn(this::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0).setKey("action");
        PageWidth.follow(grid, this::byWidth);
    }

    /** A tablet drops the item kind, the date and the therapist, so "why" has the room to be read. */
    private void byWidth(int width) {
        boolean phone = width < PageWidth.PHONE;
        boolean laptop = width >= PageWidth.TABLET;
        grid.getColumnByKey("stacked").setVisible(phone);
        for (String key : List.of("severity", "patient", "why", "action")) {
            grid.getColumnByKey(key).setVisible(!phone);
        }
        for (String key : List.of("kind", "since")) {
            grid.getColumnByKey(key).setVisible(laptop);
        }
        grid.getColumnByKey("therapist").setVisible(actor.isLead() && laptop);
    }

    private Component stacked(WorkItem item) {
        Span kind = new Span(item.kind().label() + " · since " + Dates.day(item.since()));
        kind.addClassName("bb-muted");
        Div top = new Div(severity(item), kind);
        top.addClassName("bb-stacked-badges");
        Span why = new Span(item.reason());
        Div cell = new Div(top, patientLink(item), why, action(item));
        cell.addClassName("bb-stacked");
        return cell;
    }

    private static RouterLink patientLink(WorkItem item) {
        RouterLink link = new RouterLink(item.patient().name(), PatientView.class,
                PatientView.parametersFor(item.patient().id()));
        link.addClassNames("bb-worklist-patient", "bb-stacked-title");
        return link;
    }

    private void flagsRaised(List<FlagAlert> alerts) {
        Set<UUID> before = shownFlags;
        Worklist today = refresh();
        NewFlagNotices.announce(alerts, before, today.items(), chosenTherapist());
    }

    private Optional<ClinicianId> chosenTherapist() {
        return Optional.ofNullable(therapist.getValue()).map(ClinicianSummary::id);
    }

    private Worklist refresh() {
        Worklist today = worklist.today(actor, chosenTherapist());
        shownFlags = today.items().stream().flatMap(item -> item.flag().stream()).collect(Collectors.toSet());
        title.setText("Today · " + Dates.longDay(today.today()));
        grid.setItems(today.items());
        grid.recalculateColumnWidths(); // a badge that arrives later (an emergency pushed in) fits too
        filterByPatient();
        flagsOnly.setVisible(today.flagsOnly());
        flagsOnly.setText(String.format("The clinic has %,d open episodes, too many to assess on every view: "
                + "choose a therapist to see their full worklist. Open red flags across the clinic are listed "
                + "below.", today.openEpisodes()));
        boolean nothing = today.items().isEmpty();
        grid.setVisible(!nothing);
        empty.setVisible(nothing);
        Map<Severity, Long> bySeverity = today.items().stream().collect(Collectors.groupingBy(WorkItem::severity,
                () -> new EnumMap<>(Severity.class), Collectors.counting()));
        String counts = bySeverity.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        summary.setText(today.items().size() + (today.items().size() == 1 ? " item" : " items")
                + (counts.isEmpty() ? "" : " (" + counts + ")") + " across " + today.openEpisodes()
                + (today.openEpisodes() == 1 ? " open episode" : " open episodes"));
        return today;
    }

    /** Narrows the loaded list to one patient's items; the list itself is not read again. */
    private void filterByPatient() {
        String wanted = patientFilter.getValue().strip().toLowerCase(Locale.ROOT);
        grid.getListDataView().setFilter(item -> wanted.isEmpty()
                || item.patient().name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static Span severity(WorkItem item) {
        return ClinicalBadges.severity(item.severity());
    }

    private Component action(WorkItem item) {
        if (item.isRedFlag()) {
            RouterLink review = new RouterLink("Review flag", PatientView.class,
                    PatientView.parametersFor(item.patient().id()));
            review.getElement().setAttribute("title", "Red flags are acknowledged on the patient's page");
            review.addClassName("bb-item-action");
            return review;
        }
        Button acknowledge = new Button("Acknowledge", click -> new AcknowledgeItemDialog(worklist, actor,
                item, this::refresh).open());
        acknowledge.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        acknowledge.addClassNames("bb-acknowledge", "bb-item-action");
        acknowledge.getElement().setAttribute("data-kind", item.kind().name());
        return acknowledge;
    }
}
