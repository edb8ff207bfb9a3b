package org.backboard.ui.patient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.clinician.ClinicianSummary;
import org.backboard.core.patient.PatientService;
import org.backboard.core.roster.FlagFilter;
import org.backboard.core.roster.RosterQuery;
import org.backboard.core.roster.RosterRow;
import org.backboard.core.roster.RosterService;
import org.backboard.core.roster.StageFilter;
import org.backboard.core.shared.Texts;
import org.backboard.ui.components.FieldMessage;
import org.backboard.ui.components.RowClick;
import org.backboard.ui.csv.CsvDownload;
import org.backboard.ui.security.CurrentClinician;

/** The roster: "my patients" for therapists, the whole clinic for leads. */
@Route("patients")
@PageTitle("Patients | Backboard")
@RolesAllowed({"THERAPIST", "LEAD"})
public class RosterView extends VerticalLayout implements BeforeEnterObserver {

    private static final String SEARCH = "search";
    private static final String ARCHIVED = "archived";
    private static final String STAGE = "stage";
    private static final String FLAGS = "flags";

    private final TextField search = new TextField();
    private final ComboBox<ClinicianSummary> therapist = new ComboBox<>("Therapist");
    private final ComboBox<StageFilter> stage = new ComboBox<>("Stage");
    private final ComboBox<FlagFilter> flags = new ComboBox<>("Red flags");
    private final Checkbox showArchived = new Checkbox("Show archived");
    private final Span count = new Span();
    private final RosterGrid grid;

    public RosterView(RosterService roster, PatientService patients, ClinicianDirectory clinicians,
                      CurrentClinician current) {
        boolean lead = current.isLead();
        grid = new RosterGrid(roster, current.actor(),
                total -> count.setText(total == 1 ? "1 patient" : String.format("%,d patients", total)));
        count.setId("roster-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        setSizeFull();

        search.setPlaceholder("Search name or MRN");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search patients by name or MRN");
        search.setId("roster-search");
        search.addValueChangeListener(e -> refilter());

        therapist.setItems(clinicians.activeTherapists());
        therapist.setItemLabelGenerator(ClinicianSummary::displayName);
        therapist.setPlaceholder("All therapists");
        therapist.setClearButtonVisible(true);
        therapist.setVisible(lead);
        therapist.addValueChangeListener(e -> refilter());

        stage.setItems(StageFilter.values());
        stage.setItemLabelGenerator(StageFilter::label);
        stage.setPlaceholder("All stages");
        stage.setClearButtonVisible(true);
        stage.setId("roster-stage");
        stage.addValueChangeListener(e -> refilter());

        flags.setItems(FlagFilter.values());
        flags.setItemLabelGenerator(FlagFilter::label);
        flags.setPlaceholder("With or without");
        flags.setClearButtonVisible(true);
        flags.setId("roster-flags");
        flags.addValueChangeListener(e -> refilter());

        showArchived.addValueChangeListener(e -> refilter());

        Button add = new Button("Add patient", VaadinIcon.PLUS.create(), click -> openNewPatient(patients, clinicians, current));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-patient");
        // the lead's import page, by its address: the import feature depends on this one, not the other way
        Button importList = new Button("Import", VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate("patients/import")));
        importList.setId("import-patients");
        importList.setVisible(lead);
        // exactly the roster on screen: its scope, filters and sort, every page of it
        Anchor export = new Anchor(CsvDownload.of("backboard-patients.csv", RosterCsv.HEADER,
                (RosterRow row) -> RosterCsv.cells(row, roster.today()),
                sink -> roster.export(current.actor(), grid.query(), grid.sort(), sink)),
                AttachmentType.DOWNLOAD, "Export CSV");
        export.setId("roster-export");

        HorizontalLayout toolbar = new HorizontalLayout(search, therapist, stage, flags, showArchived, add, importList);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        toolbar.setWrap(true);

        RowClick.open(grid, row -> getUI().ifPresent(ui -> ui.navigate(PatientView.class,
                PatientView.parametersFor(row.id()))));

        // the export beside the count: it takes what the count counts
        HorizontalLayout heading = new HorizontalLayout(new H2(lead ? "All patients" : "My patients"), count, export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading, toolbar, grid);
        expand(grid);
    }

    /** The search and filters live in the address, so Back from a patient restores them. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(SEARCH).ifPresent(search::setValue);
        showArchived.setValue(parameters.getSingleParameter(ARCHIVED).isPresent());
        stage.setValue(parameters.getSingleParameter(STAGE).flatMap(name -> parse(StageFilter.class, name)).orElse(null));
        flags.setValue(parameters.getSingleParameter(FLAGS).flatMap(name -> parse(FlagFilter.class, name)).orElse(null));
        refilter();
    }

    private void refilter() {
        if (!FieldMessage.show(search, Texts.problem(search.getValue(), Texts.Shape.LINE))) {
            return;
        }
        grid.filter(new RosterQuery(Optional.ofNullable(search.getValue()),
                Optional.ofNullable(therapist.getValue()).map(ClinicianSummary::id), showArchived.getValue(),
                Optional.ofNullable(stage.getValue()), Optional.ofNullable(flags.getValue())));
        Map<String, String> state = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            state.put(SEARCH, search.getValue().strip());
        }
        if (showArchived.getValue()) {
            state.put(ARCHIVED, "yes");
        }
        if (stage.getValue() != null) {
            state.put(STAGE, stage.getValue().name());
        }
        if (flags.getValue() != null) {
            state.put(FLAGS, flags.getValue().name());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("patients", QueryParameters.simple(state))));
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    private void openNewPatient(PatientService patients, ClinicianDirectory clinicians, CurrentClinician current) {
        PatientDialog dialog = PatientDialog.forNew(patients, clinicians, current.actor());
        dialog.addSaveListener(saved -> {
            grid.refresh();
            Notification.show("Patient registered").setId("patient-registered");
        });
        dialog.open();
    }
}
