package org.backboard.ui.patientimport;

import java.util.List;
import org.backboard.core.patientimport.ImportPreview;
import org.backboard.core.patientimport.ImportProgress;
import org.backboard.core.patientimport.ImportReport;

/** What the import page says, in one place: counts with their nouns, progress, the preview and the report. */
final class ImportWords {

    private ImportWords() {
    }

    static String preview(ImportPreview preview) {
        return String.format("%s: %,d ready to import, %,d with problems.", counted(preview.rows().size(), "row"),
                preview.ready(), preview.refused());
    }

    static String confirm(ImportPreview preview) {
        return "Import " + counted(preview.ready(), "patient");
    }

    static String ignored(List<String> columns) {
        return columns.isEmpty() ? "" : "Ignored columns Backboard does not know: " + String.join(", ", columns);
    }

    static String report(ImportReport report) {
        return "Imported " + counted(report.patients(), "patient") + " and " + counted(report.episodes(), "episode")
                + ". " + (report.refused().isEmpty() ? "Every row was imported."
                : counted(report.refused().size(), "row") + " not imported: correct them in the file and import "
                + "it again (the rows already imported will then show as taken).");
    }

    static String progress(ImportProgress.Stage stage, int done, int total) {
        return String.format(stage == ImportProgress.Stage.CHECKING ? "Checking row %,d of %,d"
                : "Saving %,d of %,d patients", done, total);
    }

    private static String counted(int number, String thing) {
        return String.format("%,d %s", number, number == 1 ? thing : thing + "s");
    }
}
