package org.backboard.ui.audit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import org.backboard.core.audit.AuditAction;
import org.backboard.core.audit.AuditEntry;
import org.backboard.core.audit.AuditQuery;
import org.backboard.core.audit.AuditService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.shared.Texts;
import org.backboard.ui.components.Dates;
import org.backboard.ui.csv.CsvDownload;
import org.backboard.ui.components.FieldMessage;
import org.backboard.ui.security.CurrentClinician;

/** Clinic leads: who read or changed what, filtered, newest first, and exportable as CSV. */
@Route("audit")
@PageTitle("Audit trail | Backboard")
@RolesAllowed("LEAD")
public class AuditView extends VerticalLayout {


    private final ComboBox<ClinicianSummary> user = new ComboBox<>("User");
    private final TextField patient = new TextField("Patient MRN");
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();
    private final ZoneId zone;
    private final Clock clock;
    // read by the CSV download, which is served outside the UI's request handling
    private volatile AuditQuery query = AuditQuery.everything();

    public AuditView(AuditService audit, ClinicianDirectory clinicians, CurrentClinician current, Clock clock) {
        Actor actor = current.actor();
        this.clock = clock;
        zone = clock.getZone();
        setSizeFull();

        user.setItems(clinicians.everyone());
        user.setItemLabelGenerator(ClinicianSummary::displayName);
        user.setClearButtonVisible(true);
        user.setId("audit-user");
        patient.setValueChangeMode(ValueChangeMode.LAZY);
        patient.setClearButtonVisible(true);
        patient.setId("audit-patient");
        action.setLabel("Action");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "All actions" : a.label());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("All actions");
        action.setId("audit-action");
        from.setId("audit-from");
        to.setId("audit-to");
        for (DatePicker day : java.util.List.of(from, to)) {
            day.setMin(AuditQuery.EARLIEST_DAY);
            day.setMax(LocalDate.now(clock).plusYears(1));
        }
        java.util.List.<com.vaadin.flow.component.HasSize>of(user, patient, action, from, to)
                .forEach(field -> field.setWidth("11em"));
        count.setId("audit-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        user.addValueChangeListener(e -> refilter());
        patient.addValueChangeListener(e -> refilter());
        action.addValueChangeListener(e -> refilter());
        from.addValueChangeListener(e -> refilter());
        to.addValueChangeListener(e -> refilter());

        Anchor export = new Anchor(CsvDownload.of("backboard-audit.csv", AuditCsv.HEADER,
                (AuditEntry entry) -> AuditCsv.cells(entry, zone), sink -> audit.export(actor, query, sink)),
                AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("audit-export");

        HorizontalLayout filters = new HorizontalLayout(user, patient, action, from, to, export);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Dates.moment(e.occurredAt(), zone)).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::who).setHeader("User").setAutoWidth(true);
        grid.addColumn(e -> e.action().label()).setHeader("Action").setAutoWidth(true);
        grid.addColumn(AuditEntry::patient).setHeader("Patient").setAutoWidth(true);
        // the record in words; its internal id stays in the CSV export for an investigation
        grid.addColumn(AuditEntry::record).setHeader("Record").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(e -> String.join(", ", e.changedFields())).setHeader("Changed fields").setFlexGrow(2);
        grid.setEmptyStateText("No audit events match these filters.");
        grid.setItems(fetch -> audit.search(actor, query, fetch.getOffset(), fetch.getLimit()).stream(),
                counting -> {
                    int total = audit.count(actor, query);
                    count.setText(total == 1 ? "1 event" : String.format("%,d events", total));
                    return total;
                });

        HorizontalLayout heading = new HorizontalLayout(new H2("Audit trail"), count);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, grid);
        expand(grid);
    }

    private void refilter() {
        boolean accepted = Stream.of(
                        FieldMessage.show(patient, Texts.problem(patient.getValue(), Texts.Shape.LINE)),
                        FieldMessage.show(from, AuditQuery.dayProblem(from.getValue(), LocalDate.now(clock))),
                        FieldMessage.show(to, AuditQuery.dayProblem(to.getValue(), LocalDate.now(clock))))
                .reduce(true, Boolean::logicalAnd);
        if (!accepted) {
            return;
        }
        query = new AuditQuery(
                Optional.ofNullable(user.getValue()).map(ClinicianSummary::id),
                Optional.ofNullable(patient.getValue()).filter(mrn -> !mrn.isBlank()),
                Optional.ofNullable(action.getValue()),
                Optional.ofNullable(from.getValue()).map(day -> day.atStartOfDay(zone).toInstant()),
                Optional.ofNullable(to.getValue()).map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()));
        grid.getDataProvider().refreshAll();
    }
}
