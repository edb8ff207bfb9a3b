package org.backboard.ui.apiclient;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.apiclient.ApiClient;
import org.backboard.core.apiclient.ApiClientRow;
import org.backboard.core.apiclient.ApiClientService;
import org.backboard.core.apiclient.ApiClientState;
import org.backboard.core.clinician.Actor;
import org.backboard.core.clinician.ClinicianDirectory;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.LostRace;
import org.backboard.ui.security.CurrentClinician;

/** Clinic leads register the systems that read the FHIR API, and revoke them. Nothing is deleted. */
@Route("admin/api-clients")
@PageTitle("API clients | Backboard")
@RolesAllowed("LEAD")
public class ApiClientsView extends VerticalLayout {

    private final ApiClientService clients;
    private final Actor actor;
    private final ApiClientsGrid grid;
    private final Button revoke = new Button("Revoke", VaadinIcon.BAN.create());

    public ApiClientsView(ApiClientService clients, ClinicianDirectory directory, CurrentClinician current,
                          Clock clock) {
        this.clients = clients;
        this.actor = current.actor();
        this.grid = new ApiClientsGrid(clock.getZone());
        setSizeFull();

        Button create = new Button("New API client", VaadinIcon.PLUS.create(), click ->
                new NewApiClientDialog(directory.activeTherapists(), LocalDate.now(clock),
                        draft -> clients.register(actor, draft), registered -> {
                            refresh();
                            new SecretDialog(registered).open();
                        }).open());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("api-client-new");
        revoke.setId("api-client-revoke");
        revoke.addClickListener(click -> selected().ifPresent(this::confirmRevoke));
        grid.asSingleSelect().addValueChangeListener(e -> updateActions());

        Paragraph about = new Paragraph("Systems that read patients' records through the FHIR API at /fhir, each "
                + "with its own secret. Every read is in the audit trail under the client's name.");
        about.addClassName("bb-muted");
        HorizontalLayout actions = new HorizontalLayout(create, revoke);
        actions.setWrap(true);
        add(new H2("API clients"), about, actions, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(clients.clients(actor));
        updateActions();
    }

    private Optional<ApiClientRow> selected() {
        return grid.asSingleSelect().getOptionalValue();
    }

    private void updateActions() {
        revoke.setEnabled(selected().filter(row -> row.state() != ApiClientState.REVOKED).isPresent());
    }

    /** The row carries the version the lead saw: a change made since then is a conflict. */
    private void confirmRevoke(ApiClientRow row) {
        ApiClient client = row.client();
        ConfirmDialog dialog = new ConfirmDialog("Revoke " + client.name() + "?",
                "It can no longer get tokens, and the tokens it holds stop working at once. This cannot be undone.",
                "Revoke", event -> {
                    switch (LostRace.guarded(() -> clients.revoke(actor, client.id(), client.version()))) {
                        case Result.Saved<ApiClient> done -> Notification.show("Revoked");
                        case Result.Conflict<ApiClient> conflict -> Notification.show(conflict.message());
                        case Result.NotFound<ApiClient> gone -> Notification.show("This API client no longer exists");
                        case Result.Rejected<ApiClient> rejected ->
                                Notification.show(rejected.problems().getFirst().message());
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("api-client-confirm");
        dialog.open();
    }
}
