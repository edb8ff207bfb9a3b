package org.backboard.ui.library;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.backboard.core.care.LibraryService;
import org.backboard.ui.security.CurrentClinician;

/** The exercise library and the program templates: everyone reads them, clinic leads change them. */
@Route("library")
@PageTitle("Exercise library | Backboard")
@PermitAll
public class LibraryView extends VerticalLayout {

    public LibraryView(LibraryService library, CurrentClinician current) {
        setSizeFull();
        H2 title = new H2("Exercise library");
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add("Exercises", new ExercisePanel(library, current.actor()));
        tabs.add("Program templates", new TemplatePanel(library, current.actor()));
        add(title, tabs);
    }
}
