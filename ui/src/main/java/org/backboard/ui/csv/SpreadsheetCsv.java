package org.backboard.ui.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one way Backboard writes CSV: RFC 4180 (CRLF, every value quoted), UTF-8 with a byte order mark
 * so that spreadsheets read accented names right, and every cell made safe to open in a spreadsheet.
 */
public final class SpreadsheetCsv implements Flushable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).get();
    /** What a spreadsheet may run as a formula when a cell starts with it (a tab or return before one, too). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final CSVPrinter printer;

    private SpreadsheetCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
    }

    /** Starts a file on the stream (its byte order mark first). */
    public static SpreadsheetCsv to(OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            return new SpreadsheetCsv(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line; a null cell is written as nothing at all, an empty one as "". */
    public void row(List<String> cells) {
        try {
            printer.printRecord(cells.stream().map(SpreadsheetCsv::defused));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    /**
     * The cell a spreadsheet will show as text: one that starts like a formula gets a leading
     * apostrophe, whatever follows (line breaks included). The only guard against formulas in
     * Backboard's files; every export writes through it.
     */
    static String defused(String cell) {
        if (cell == null || cell.isEmpty() || FORMULA_STARTS.indexOf(cell.charAt(0)) < 0) {
            return cell;
        }
        return "'" + cell;
    }
}
