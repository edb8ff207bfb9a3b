package org.backboard.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.backboard.core.care.LibraryService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseCategory;
import org.backboard.ui.components.RowClick;

/** The exercises, searchable by name and filtered by category; a click opens the exercise. */
final class ExercisePanel extends VerticalLayout {

    private final LibraryService library;
    private final Actor actor;
    private final TextField search = new TextField();
    private final Select<ExerciseCategory> category = new Select<>();
    private final Checkbox retired = new Checkbox("Show retired");
    private final Grid<Exercise> grid = new Grid<>();

    ExercisePanel(LibraryService library, Actor actor) {
        this.library = library;
        this.actor = actor;
        setPadding(false);
        setSizeFull();
        search.setPlaceholder("Search by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("library-search");
        search.addValueChangeListener(change -> refresh());
        category.setItems(ExerciseCategory.values());
        category.setItemLabelGenerator(c -> c == null ? "All categories" : c.label());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption("All categories");
        category.setId("library-category");
        category.addValueChangeListener(change -> refresh());
        retired.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(search, category, retired);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        if (actor.isLead()) {
            Button add = new Button("Add exercise", VaadinIcon.PLUS.create(),
                    click -> ExerciseDialog.forNew(library, actor, this::saved).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("library-add");
            toolbar.add(add);
        }

        grid.addColumn(Exercise::name).setHeader("Exercise").setFlexGrow(2).setSortable(true);
        grid.addColumn(e -> e.details().category().label()).setHeader("Category").setSortable(true);
        grid.addColumn(e -> e.details().region().label()).setHeader("Target");
        grid.addColumn(e -> e.details().defaultDosage().text()).setHeader("Default dosage").setFlexGrow(2);
        grid.addComponentColumn(ExercisePanel::status).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setId("library-grid");
        RowClick.open(grid, exercise -> ExerciseDialog.forExisting(library, actor, exercise, this::saved).open());
        grid.setSizeFull();
        add(toolbar, grid);
        refresh();
    }

    private static Span status(Exercise exercise) {
        Span status = new Span(exercise.retired() ? "Retired" : "In use");
        status.addClassNames("bb-status", exercise.retired() ? "bb-status-archived" : "bb-status-active");
        return status;
    }

    private void saved() {
        refresh();
        Notification.show("Library saved");
    }

    private void refresh() {
        grid.setItems(library.exercises(search.getValue(), Optional.ofNullable(category.getValue()),
                retired.getValue()));
    }
}
