package org.backboard.core.patientimport;

import java.util.List;

/** Every row of the file with its problems; nothing has been saved. */
public record ImportPreview(List<CheckedRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public int ready() {
        return (int) rows.stream().filter(CheckedRow::ready).count();
    }

    public int refused() {
        return rows.size() - ready();
    }
}
