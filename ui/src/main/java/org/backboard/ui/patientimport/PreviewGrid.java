package org.backboard.ui.patientimport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backboard.core.patientimport.CheckedRow;
import org.backboard.core.patientimport.ImportColumn;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;
import org.backboard.ui.components.PageWidth;

/**
 * Every row of the file as written, each problem on the cell where it is: the cell is marked with a
 * warning sign (not only a colour) and says its problem on hover, and the Problems column spells each
 * one out with its column's name. On a phone a row is one stacked cell.
 */
class PreviewGrid extends Grid<CheckedRow> {

    private static final String WARNING = "⚠";

    private int width;

    PreviewGrid() {
        setId("import-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setEmptyStateText("No rows to show.");
        setVisible(false);
        PageWidth.follow(this, this::byWidth);
    }

    void show(List<ImportColumn> columns, List<CheckedRow> rows) {
        removeAllColumns();
        addColumn(row -> row.source().line()).setHeader("Line").setKey("line").setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        addComponentColumn(PreviewGrid::status).setHeader("Status").setKey("status").setWidth("8.5rem")
                .setFlexGrow(0);
        addComponentColumn(PreviewGrid::stacked).setHeader("Row").setKey("stacked").setFlexGrow(1).setVisible(false);
        for (ImportColumn column : columns) {
            addComponentColumn(row -> cell(row, column)).setHeader(column.label()).setKey(column.header())
                    .setWidth(width(column)).setFlexGrow(0);
        }
        addColumn(PreviewGrid::problems).setHeader("Problems").setKey("problems").setWidth("22rem").setFlexGrow(1);
        setItems(rows);
        setVisible(true);
        if (width > 0) {
            byWidth(width);
        }
    }

    private void byWidth(int newWidth) {
        width = newWidth;
        boolean phone = width < PageWidth.PHONE;
        getColumns().forEach(column -> column.setVisible(switch (column.getKey()) {
            case "line", "status" -> true;
            case "stacked" -> phone;
            default -> !phone;
        }));
    }

    private static String width(ImportColumn column) {
        return switch (column) {
            case MRN, THERAPIST, DATE_OF_BIRTH, EPISODE_START -> "9rem";
            case GIVEN_NAME, FAMILY_NAME, PHONE -> "10rem";
            case EMAIL -> "14rem";
            default -> "8rem";
        };
    }

    private static Component status(CheckedRow row) {
        Span status = new Span(row.ready() ? "✓ Ready" : WARNING + " " + count(row.problems().size()));
        status.addClassNames("bb-badge", row.ready() ? "bb-import-ready" : "bb-import-refused");
        return status;
    }

    private static String count(int problems) {
        return problems == 1 ? "1 problem" : problems + " problems";
    }

    /** The cell as written (what cannot be shown, shown as �); a problem marks it and says itself on hover. */
    private static Component cell(CheckedRow row, ImportColumn column) {
        String value = shown(row.source().cell(column));
        Optional<String> problem = row.problemOn(column);
        if (problem.isEmpty()) {
            return new Span(value);
        }
        Span marked = new Span(WARNING + " " + (value.isBlank() ? "(empty)" : value));
        marked.addClassName("bb-import-problem");
        marked.setTitle(problem.get());
        return marked;
    }

    private static Component stacked(CheckedRow row) {
        Span who = new Span(shown(row.source().cell(ImportColumn.FAMILY_NAME)) + ", "
                + shown(row.source().cell(ImportColumn.GIVEN_NAME)));
        who.addClassName("bb-stacked-title");
        Span mrn = new Span(shown(row.source().cell(ImportColumn.MRN)));
        mrn.addClassName("bb-muted");
        Div cell = new Div(who, mrn);
        if (!row.ready()) {
            Span problems = new Span(problems(row));
            problems.addClassName("bb-import-problem");
            cell.add(problems);
        }
        cell.addClassName("bb-stacked");
        return cell;
    }

    /** "Date of birth: cannot be in the future; MRN: …", each problem with its column's name. */
    static String problems(CheckedRow row) {
        return row.problems().stream().map(PreviewGrid::named).collect(Collectors.joining("; "));
    }

    private static String named(FieldProblem problem) {
        String where = ImportColumn.named(problem.field()).map(ImportColumn::label).orElse("Line");
        return where + ": " + problem.message();
    }

    private static String shown(String cell) {
        return Texts.storable(Texts.strip(cell), Texts.Shape.LINE);
    }
}
