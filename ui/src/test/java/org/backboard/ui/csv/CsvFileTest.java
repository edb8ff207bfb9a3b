package org.backboard.ui.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aSpreadsheetsCsvUtf8IsReadWithItsByteOrderMarkDroppedAndWindowsLineEnds() throws CsvRefusal {
        CsvTable table = read(bytes("\uFEFFmrn,given_name\r\nBB-1,Zoë\r\nBB-2,\"Ng, Li\"\r\n"));

        assertThat(table.header()).containsExactly("mrn", "given_name");
        assertThat(table.lines()).containsExactly(new CsvTable.Line(2, List.of("BB-1", "Zoë")),
                new CsvTable.Line(3, List.of("BB-2", "Ng, Li")));
    }

    @Test
    void semicolonsBetweenValuesAreToldFromTheFirstLine() throws CsvRefusal {
        CsvTable table = read(bytes("mrn;family_name;note\nBB-1;O'Brien;\"1,5 kg; lost\"\n"));

        assertThat(table.separator()).isEqualTo(';');
        assertThat(table.lines().getFirst().cells()).containsExactly("BB-1", "O'Brien", "1,5 kg; lost");
    }

    @Test
    void aCommaInsideAQuotedColumnNameDoesNotMakeCommasTheSeparator() {
        assertThat(CsvFile.separatorOf("\"a,b,c\";d;e\n1,2,3")).isEqualTo(';');
        assertThat(CsvFile.separatorOf("a,b;c\n")).isEqualTo(',');
        assertThat(CsvFile.separatorOf("mrn\n")).isEqualTo(',');
    }

    @Test
    void eachLineIsNumberedAsASpreadsheetNumbersItPastBlankLinesAndLineBreaksInValues() throws CsvRefusal {
        CsvTable table = read(bytes("mrn,note\r\n\r\nBB-1,\"two\r\nlines\"\r\n,\r\nBB-2,x\rBB-3,y"));

        assertThat(table.lines()).extracting(CsvTable.Line::number).containsExactly(3L, 6L, 7L);
        assertThat(table.lines().getFirst().cells()).containsExactly("BB-1", "two\r\nlines");
    }

    @Test
    void windows1252IsRefusedNamingTheFirstLineItBreaksOn() {
        byte[] ansi = "mrn,given_name\nBB-1,Alex\nBB-2,Zoë\n".getBytes(Charset.forName("windows-1252"));

        assertThatThrownBy(() -> read(ansi)).isInstanceOf(CsvRefusal.class)
                .hasMessageStartingWith("The file is not UTF-8 text: line 3 has a character in another encoding")
                .hasMessageContaining("CSV UTF-8");
    }

    @Test
    void utf16AndWorkbooksAndEmptyFilesAreRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> read("mrn\nBB-1\n".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(CsvRefusal.class).hasMessageStartingWith("The file is not text: line 1 has a NUL");
        byte[] utf16 = new byte[] {(byte) 0xFF, (byte) 0xFE, 'm', 0};
        assertThatThrownBy(() -> read(utf16)).hasMessageStartingWith("The file is saved as UTF-16 text");
        assertThatThrownBy(() -> read(new byte[] {'P', 'K', 3, 4, 20, 0}))
                .hasMessageStartingWith("This is a spreadsheet workbook");
        assertThatThrownBy(() -> read(bytes("\uFEFF \r\n"))).hasMessage("The file is empty.");
        assertThatThrownBy(() -> read(new byte[0])).hasMessage("The file is empty.");
    }

    @Test
    void aQuoteLeftOpenIsRefusedNamingTheLineItStartsOn() {
        assertThatThrownBy(() -> read(bytes("mrn,note\nBB-1,fine\nBB-2,\"never closed\nBB-3,x\n")))
                .isInstanceOf(CsvRefusal.class).hasMessageStartingWith("Line 3 cannot be read: check its quotation marks");
        assertThatThrownBy(() -> read(bytes("mrn,note\nBB-1,\"a\"b\n")))
                .hasMessageStartingWith("Line 2 cannot be read");
    }

    @Test
    void moreLinesThanAllowedAreRefusedBeforeTheRestIsRead() throws CsvRefusal {
        assertThat(CsvFile.read(bytes("mrn\nA\nB\n,\nC\n"), 3).lines()).hasSize(3);
        assertThatThrownBy(() -> CsvFile.read(bytes("mrn\nA\nB\nC\nD\n"), 3))
                .hasMessageStartingWith("The file has more than 3 patients");
    }

    private static CsvTable read(byte[] bytes) throws CsvRefusal {
        return CsvFile.read(bytes, 10_000);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
