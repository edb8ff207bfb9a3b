package org.backboard.ui.patientimport;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.stream.Collectors;
import org.backboard.core.patientimport.CheckedRow;
import org.backboard.core.patientimport.ImportColumn;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Texts;
import org.backboard.ui.components.PageWidth;

/**
 * Every row of the file as written, each problem on the cell where it is: the cell is marked with a
 * warning sign and an underline (not only a colour) and says its problem on hover, and the Problems
 * column spells each one out with its column's name. On a phone a row is one stacked cell. Cells are
 * templates filled in the browser (no server-side component per cell), so a file of 10,000 rows
 * scrolls as lightly as a short one.
 */
class PreviewGrid extends Grid<CheckedRow> {

    private static final String WARNING = "⚠";
    private static final String CELL = """
            <span class="${item.problem ? 'bb-import-problem' : ''}" title="${item.problem}">${item.value}</span>""";
    private static final String STATUS = """
            <span class="bb-badge ${item.ready ? 'bb-import-ready' : 'bb-import-refused'}">${item.status}</span>""";
    private static final String STACKED = """
            <div class="bb-stacked"><span class="bb-stacked-title">${item.name}</span>
            <span class="bb-muted">${item.mrn}</span>
            <span class="bb-import-problem" ?hidden="${item.ready}">${item.problems}</span></div>""";

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
        // the line and its status stay in view while the file's columns scroll past
        addColumn(row -> row.source().line()).setHeader("Line").setKey("line").setWidth("4.5rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setFrozen(true);
        addColumn(LitRenderer.<CheckedRow>of(STATUS).withProperty("ready", CheckedRow::ready)
                .withProperty("status", PreviewGrid::status)).setHeader("Status").setKey("status").setWidth("8.5rem")
                .setFlexGrow(0).setFrozen(true);
        addColumn(LitRenderer.<CheckedRow>of(STACKED).withProperty("ready", CheckedRow::ready)
                .withProperty("name", row -> shown(row, ImportColumn.FAMILY_NAME) + ", "
                        + shown(row, ImportColumn.GIVEN_NAME))
                .withProperty("mrn", row -> shown(row, ImportColumn.MRN))
                .withProperty("problems", PreviewGrid::problems))
                .setHeader("Row").setKey("stacked").setFlexGrow(1).setVisible(false);
        addColumn(PreviewGrid::problems).setHeader("Problems").setKey("problems").setWidth("20rem").setFlexGrow(1);
        for (ImportColumn column : columns) {
            addColumn(LitRenderer.<CheckedRow>of(CELL)
                    .withProperty("value", row -> cell(row, column))
                    .withProperty("problem", row -> row.problemOn(column).orElse("")))
                    .setHeader(column.label()).setKey(column.header()).setWidth(width(column)).setFlexGrow(0);
        }
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

    private static String status(CheckedRow row) {
        int problems = row.problems().size();
        return row.ready() ? "✓ Ready" : WARNING + " " + (problems == 1 ? "1 problem" : problems + " problems");
    }

    /** The cell as written (what cannot be shown, shown as �); a cell with a problem carries the sign. */
    private static String cell(CheckedRow row, ImportColumn column) {
        String value = shown(row, column);
        if (row.problemOn(column).isEmpty()) {
            return value;
        }
        return WARNING + " " + (value.isBlank() ? "(empty)" : value);
    }

    /** "Date of birth: cannot be in the future; MRN: …", each problem with its column's name. */
    static String problems(CheckedRow row) {
        return row.problems().stream().map(PreviewGrid::named).collect(Collectors.joining("; "));
    }

    private static String named(FieldProblem problem) {
        String where = ImportColumn.named(problem.field()).map(ImportColumn::label).orElse("Line");
        return where + ": " + problem.message();
    }

    private static String shown(CheckedRow row, ImportColumn column) {
        return Texts.storable(Texts.strip(row.source().cell(column)), Texts.Shape.LINE);
    }
}
