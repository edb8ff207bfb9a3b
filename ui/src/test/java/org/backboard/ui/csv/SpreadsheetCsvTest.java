package org.backboard.ui.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCsvTest {

    @Test
    void aFileIsUtf8WithAByteOrderMarkEveryValueQuotedAndCrlfBetweenLines() {
        String csv = written(List.of("name", "note"), List.of("Zoë \"Zo\" Ng", "a, b\nc"));

        assertThat(csv).isEqualTo("\uFEFF\"name\",\"note\"\r\n\"Zoë \"\"Zo\"\" Ng\",\"a, b\nc\"\r\n");
    }

    @Test
    void anAbsentValueIsWrittenAsNothingAndAnEmptyOneAsEmptyQuotes() {
        assertThat(written(Arrays.asList(null, "", "x"))).isEqualTo("\uFEFF,\"\",\"x\"\r\n");
    }

    /** OWASP's list: what a spreadsheet may take for the start of a formula, whatever follows. */
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1+1",
            "\r=1+1", "=1+1\nok"})
    void aCellThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String cell) {
        assertThat(SpreadsheetCsv.defused(cell)).isEqualTo("'" + cell);
        assertThat(written(List.of(cell))).isEqualTo("\uFEFF\"'" + cell.replace("\"", "\"\"") + "\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Okafor, Alex", "2026-12-01", "BB-1001", " =not at the start", "a=b", ""})
    void otherCellsAreWrittenAsTheyAre(String cell) {
        assertThat(SpreadsheetCsv.defused(cell)).isEqualTo(cell);
    }

    @SafeVarargs
    private static String written(List<String>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SpreadsheetCsv csv = SpreadsheetCsv.to(out);
        for (List<String> row : rows) {
            csv.row(row);
        }
        try {
            csv.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
