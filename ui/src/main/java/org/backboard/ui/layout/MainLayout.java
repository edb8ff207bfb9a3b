package org.backboard.ui.layout;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.backboard.ui.account.AccountsView;
import org.backboard.ui.apiclient.ApiClientsView;
import org.backboard.ui.audit.AuditView;
import org.backboard.ui.library.LibraryView;
import org.backboard.ui.clinic.ClinicOutcomesView;
import org.backboard.ui.components.PageWidth;
import org.backboard.ui.patient.RosterView;
import org.backboard.ui.worklist.WorklistView;
import org.backboard.ui.security.CurrentClinician;
import org.backboard.ui.security.SignedInClinician;

/** The frame around every signed-in page: navigation, who is signed in, log out. */
@Layout
@RolesAllowed({"THERAPIST", "LEAD"})
public class MainLayout extends AppLayout {

    public MainLayout(CurrentClinician current) {
        SignedInClinician clinician = current.get();

        Span title = new Span("Backboard");
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);

        // on a phone the role goes and a long name is cut short, but who is signed in stays in view
        Span name = new Span(clinician.displayName());
        name.addClassName("bb-who-name");
        Span role = new Span("· " + clinician.role().label());
        role.addClassName("bb-who-role");
        Span who = new Span(name, role);
        who.setId("signed-in-as");
        who.getElement().setAttribute("title", clinician.displayName() + " · " + clinician.role().label());
        who.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "bb-who");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> current.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, who, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.addItem(new SideNavItem("Today", WorklistView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        nav.addItem(new SideNavItem(clinician.actor().isLead() ? "All patients" : "My patients", RosterView.class,
                VaadinIcon.USERS.create()));
        nav.addItem(new SideNavItem("Exercise library", LibraryView.class, VaadinIcon.BOOK.create()));
        if (clinician.actor().isLead()) {
            nav.addItem(new SideNavItem("Clinic outcomes", ClinicOutcomesView.class,
                    VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem("Accounts", AccountsView.class, VaadinIcon.USER_CARD.create()));
            nav.addItem(new SideNavItem("API clients", ApiClientsView.class, VaadinIcon.CONNECT.create()));
            nav.addItem(new SideNavItem("Audit trail", AuditView.class, VaadinIcon.CLIPBOARD_TEXT.create()));
        }
        Div disclaimer = new Div("Decision support for licensed clinicians. Not a diagnosis.");
        disclaimer.addClassName("bb-disclaimer");
        addToDrawer(nav, disclaimer);
        // below laptop width the drawer overlays the page (styles.css), so it starts closed there
        PageWidth.follow(this, width -> {
            if (width < PageWidth.TABLET) {
                setDrawerOpened(false);
            }
        });
    }
}
