package org.backboard.core.patientimport;

import java.util.Map;

/**
 * One line of an import file as written: its cells by column, unchecked. {@code line} is where the
 * row starts in the file, as a spreadsheet numbers it (the column names are line 1).
 * {@code overflowing} says the line has more filled cells than the first line has columns, the
 * mark of a separator inside a value that was not quoted.
 */
public record ImportRow(long line, Map<ImportColumn, String> cells, boolean overflowing) {

    public ImportRow {
        cells = Map.copyOf(cells);
    }

    /** The cell as written; empty when the file has no such column. */
    public String cell(ImportColumn column) {
        return cells.getOrDefault(column, "");
    }
}
