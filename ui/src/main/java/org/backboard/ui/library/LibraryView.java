package org.backboard.ui.library;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.backboard.core.care.LibraryService;
import org.backboard.ui.security.CurrentClinician;

/** The exercise library and the program templates: everyone reads them, clinic leads change them. */
@Route("library")
@PageTitle("Exercise library | Backboard")
@RolesAllowed({"THERAPIST", "LEAD"})
public class LibraryView extends VerticalLayout {

    private static final String EXERCISES = "Exercises";
    private static final String TEMPLATES = "Program templates";

    /**
     * A radio group switches the two lists, not Vaadin's tabs: their tablist holds a focusable
     * scroller that ARIA does not allow there (axe: aria-required-children, critical).
     */
    public LibraryView(LibraryService library, CurrentClinician current) {
        setSizeFull();
        H2 title = new H2("Exercise library");
        ExercisePanel exercises = new ExercisePanel(library, current.actor());
        TemplatePanel templates = new TemplatePanel(library, current.actor());
        templates.setVisible(false);
        RadioButtonGroup<String> show = new RadioButtonGroup<>("Show", EXERCISES, TEMPLATES);
        show.setId("library-show");
        show.setValue(EXERCISES);
        show.addValueChangeListener(change -> {
            exercises.setVisible(EXERCISES.equals(change.getValue()));
            templates.setVisible(TEMPLATES.equals(change.getValue()));
        });
        add(title, show, exercises, templates);
        setFlexGrow(1, exercises, templates);
    }
}
