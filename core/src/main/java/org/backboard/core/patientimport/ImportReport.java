package org.backboard.core.patientimport;

import java.util.List;

/** What a confirmed import saved, and the rows it did not save with their problems. */
public record ImportReport(int patients, int episodes, List<CheckedRow> refused) {

    public ImportReport {
        refused = List.copyOf(refused);
    }
}
