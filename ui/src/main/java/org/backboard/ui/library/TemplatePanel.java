package org.backboard.ui.library;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import java.util.stream.Collectors;
import org.backboard.core.care.LibraryService;
import org.backboard.core.clinician.Actor;
import org.backboard.core.exercise.Exercise;
import org.backboard.core.exercise.ExerciseId;
import org.backboard.core.program.ProgramTemplate;
import org.backboard.ui.program.ProgramDialog;
import org.backboard.ui.components.RowClick;

/** The program templates therapists start from; leads add, edit and retire them. */
final class TemplatePanel extends VerticalLayout {

    private final LibraryService library;
    private final Actor actor;
    private final Grid<ProgramTemplate> grid = new Grid<>();
    private Map<ExerciseId, Exercise> exercises;

    TemplatePanel(LibraryService library, Actor actor) {
        this.library = library;
        this.actor = actor;
        setPadding(false);
        setSizeFull();
        Paragraph intro = new Paragraph("Applying a template copies it into a program; changing a template later "
                + "changes no program.");
        intro.addClassName("bb-muted");
        add(intro);
        if (actor.isLead()) {
            Button add = new Button("New template", VaadinIcon.PLUS.create(),
                    click -> TemplateDialog.open(library, actor, exercises, null, this::saved).open());
            add.addThemeVariants(ButtonVariant.PRIMARY);
            add.setId("template-add");
            add(add);
        }
        grid.addColumn(ProgramTemplate::name).setHeader("Template").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.prescriptions().stream().map(p -> nameOf(p.exercise())).collect(Collectors.joining(", ")))
                .setHeader("Exercises").setFlexGrow(3);
        grid.addColumn(t -> t.retired() ? "Retired" : "In use").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("template-grid");
        if (actor.isLead()) {
            RowClick.open(grid, template -> TemplateDialog.open(library, actor, exercises, template,
                    this::saved).open());
        }
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private String nameOf(ExerciseId id) {
        Exercise exercise = exercises.get(id);
        return exercise == null ? "?" : exercise.name();
    }

    private void saved() {
        refresh();
        Notification.show("Template saved");
    }

    private void refresh() {
        exercises = ProgramDialog.libraryOf(library);
        grid.setItems(library.templates(actor.isLead()));
    }
}
