package org.backboard.ui.apiclient;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.util.List;
import org.backboard.core.apiclient.ApiClientRow;
import org.backboard.ui.components.Dates;
import org.backboard.ui.components.PageWidth;
import org.backboard.ui.components.StackedCells;

/**
 * The clinic's API clients: a table on a laptop, the name over the scope on a tablet, one stacked
 * cell per client on a phone.
 */
class ApiClientsGrid extends Grid<ApiClientRow> {

    private final ZoneId zone;

    ApiClientsGrid(ZoneId zone) {
        this.zone = zone;
        setId("api-clients-grid");
        addComponentColumn(this::stacked).setHeader("API client").setKey("stacked").setVisible(false);
        addComponentColumn(row -> StackedCells.titleOver(row.client().name(), scope(row))).setHeader("API client")
                .setKey("who").setWidth("12rem").setFlexGrow(2).setVisible(false);
        addColumn(row -> row.client().name()).setHeader("Name").setSortable(true).setKey("name").setWidth("12rem")
                .setFlexGrow(2).setTooltipGenerator(row -> row.client().name());
        addColumn(ApiClientsGrid::scope).setHeader("May read").setSortable(true).setKey("scope").setWidth("12rem")
                .setFlexGrow(2);
        addColumn(this::state).setHeader("State").setSortable(true).setKey("state").setWidth("16.5rem").setFlexGrow(1);
        addColumn(row -> row.client().id().value().toString()).setHeader("Client id").setKey("clientId")
                .setWidth("19rem").setFlexGrow(0);
        PageWidth.follow(this, width -> StackedCells.showByWidth(this, width, List.of("name", "scope", "clientId"),
                List.of("state")));
    }

    static String scope(ApiClientRow row) {
        return row.caseloadOf().map(name -> "Caseload of " + name).orElse("The whole clinic");
    }

    /** "Active (expires 23/11/2027 00:00)", "Expired", "Revoked 23/11/2026 12:10". */
    String state(ApiClientRow row) {
        return switch (row.state()) {
            case ACTIVE -> "Active (expires " + Dates.moment(row.expiresAt(), zone) + ")";
            case EXPIRED -> "Expired " + Dates.moment(row.expiresAt(), zone);
            case REVOKED -> "Revoked " + Dates.moment(row.client().revokedAt().orElseThrow(), zone);
        };
    }

    private Component stacked(ApiClientRow row) {
        Span name = new Span(row.client().name());
        name.addClassName("bb-stacked-title");
        Span facts = new Span(scope(row) + " · " + state(row));
        facts.addClassName("bb-muted");
        Span id = new Span(row.client().id().value().toString());
        id.addClassNames("bb-muted", "bb-break-anywhere");
        Div cell = new Div(name, facts, id);
        cell.addClassName("bb-stacked");
        return cell;
    }
}
