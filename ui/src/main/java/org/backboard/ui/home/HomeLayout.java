package org.backboard.ui.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.HighlightConditions;
import jakarta.annotation.security.RolesAllowed;
import org.backboard.ui.security.CurrentPatient;

/**
 * The patient app's frame, phone first: the name of the app, four places (today, how I feel,
 * questionnaires, my progress) as large links that wrap on a narrow screen, and signing out.
 * Patients only.
 */
@Layout("/app")
@RolesAllowed("PATIENT")
public class HomeLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public HomeLayout(CurrentPatient current) {
        addClassName("bb-home");
        Span title = new Span("Backboard");
        title.addClassName("bb-home-title");
        Button signOut = new Button("Sign out", click -> current.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("home-sign-out");
        Div bar = new Div(title, signOut);
        bar.addClassName("bb-home-bar");
        Nav places = new Nav(link("Today", TodayView.class), link("How I feel", FeelingView.class),
                link("Questionnaires", QuestionnairesView.class), link("My progress", ProgressView.class));
        places.addClassName("bb-home-nav");
        places.getElement().setAttribute("aria-label", "Your app");
        content.addClassName("bb-home-content");
        add(bar, places, content);
    }

    private static RouterLink link(String text, Class<? extends Component> view) {
        RouterLink link = new RouterLink(text, view);
        link.setHighlightCondition(HighlightConditions.sameLocation());
        return link;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.removeAll();
        content.getElement().appendChild(view.getElement());
    }
}
