package org.backboard.ui.patientimport;

import java.util.List;
import java.util.stream.Collectors;
import org.backboard.core.patientimport.ImportHeader;
import org.backboard.core.patientimport.ImportRow;
import org.backboard.core.patientimport.PatientImportService;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.ui.csv.CsvFile;
import org.backboard.ui.csv.CsvRefusal;
import org.backboard.ui.csv.CsvTable;

/** A patient list as uploaded: the file read as CSV, its columns found by name, each line as an import row. */
public record PatientCsv(ImportHeader header, List<ImportRow> rows, char separator) {

    /** Larger than 10,000 patients of plausible lines; a file must be split well before this. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    public static PatientCsv read(byte[] bytes) throws CsvRefusal {
        if (bytes.length > MAX_BYTES) {
            throw new CsvRefusal(tooLarge());
        }
        CsvTable table = CsvFile.read(bytes, PatientImportService.MAX_ROWS);
        Result<ImportHeader> header = ImportHeader.read(table.header());
        if (header instanceof Result.Rejected<ImportHeader> refused) {
            throw new CsvRefusal(refused.problems().stream().map(FieldProblem::message)
                    .collect(Collectors.joining(". ")) + ".");
        }
        ImportHeader columns = ((Result.Saved<ImportHeader>) header).value();
        return new PatientCsv(columns, table.lines().stream()
                .map(line -> columns.row(line.number(), line.cells())).toList(), table.separator());
    }

    static String tooLarge() {
        return String.format("The file is larger than %d MB. Split it into files of at most %,d patients.",
                MAX_BYTES / (1024 * 1024), PatientImportService.MAX_ROWS);
    }
}
