package org.backboard.ui.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV a spreadsheet saves, or refuses it saying why:
 * <ul>
 * <li>UTF-8, with or without a byte order mark. Anything else is refused with the first line it
 * breaks on, not guessed: Windows-1252 and Latin-1 cannot be told apart reliably from the bytes, and
 * a guess that is wrong changes patients' names without a word.</li>
 * <li>Commas or semicolons between values (a spreadsheet set to a language with decimal commas saves
 * semicolons), told from the first line: whichever occurs more outside quotation marks.</li>
 * <li>Lines ending in CRLF, LF or CR; values in quotation marks may hold separators and line breaks.</li>
 * <li>Lines with nothing in them (blank, or only separators) are skipped.</li>
 * </ul>
 */
public final class CsvFile {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[][] UTF16_BOMS = {{(byte) 0xFF, (byte) 0xFE}, {(byte) 0xFE, (byte) 0xFF}};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String SAVE_AS = "Save it from your spreadsheet as \"CSV UTF-8\" and upload that file.";

    private CsvFile() {
    }

    /** The table in the bytes; at most {@code maxLines} lines after the first. */
    public static CsvTable read(byte[] bytes, int maxLines) throws CsvRefusal {
        if (Arrays.stream(UTF16_BOMS).anyMatch(bom -> startsWith(bytes, bom))) {
            throw new CsvRefusal("The file is saved as UTF-16 text. " + SAVE_AS);
        }
        if (startsWith(bytes, ZIP)) {
            throw new CsvRefusal("This is a spreadsheet workbook (such as .xlsx), not a CSV file. " + SAVE_AS);
        }
        String text = utf8(bytes, startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0);
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new CsvRefusal("The file is not text: line " + new LineNumbers(text).at(nul) + " has a NUL "
                    + "character (it may be UTF-16 text, or not text at all). " + SAVE_AS);
        }
        if (text.isBlank()) {
            throw new CsvRefusal("The file is empty.");
        }
        char separator = separatorOf(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
        LineNumbers numbers = new LineNumbers(text);
        long nextLine = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = records.next().toList();
            List<CsvTable.Line> lines = new ArrayList<>();
            nextLine = parser.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (lines.size() == maxLines) {
                    throw new CsvRefusal(String.format("The file has more than %,d patients. Split it into files "
                            + "of at most %,d rows and import them one after the other.", maxLines, maxLines));
                }
                lines.add(new CsvTable.Line(numbers.at(record.getCharacterPosition()), record.toList()));
            }
            return new CsvTable(separator, header, lines);
        } catch (UncheckedIOException | IOException unreadable) {
            throw new CsvRefusal("Line " + nextLine + " cannot be read: check its quotation marks. A value with "
                    + "a separator, a quotation mark or a line break in it must be in quotation marks, and a "
                    + "quotation mark inside it written twice.");
        }
    }

    /** Strict UTF-8: the first byte that is not names its line. */
    private static String utf8(byte[] bytes, int start) throws CsvRefusal {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new CsvRefusal("The file is not UTF-8 text: line " + lineOfByte(bytes, start, in.position())
                    + " has a character in another encoding (a spreadsheet's plain \"CSV\" often writes "
                    + "Windows-1252). " + SAVE_AS);
        }
        return out.flip().toString();
    }

    private static long lineOfByte(byte[] bytes, int start, int position) {
        long line = 1;
        for (int i = start; i < position; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    /** Comma or semicolon, whichever the first line has more of outside quotation marks (a tie: comma). */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Where each line of the text starts, to name the line of a record by its first character. */
    private static final class LineNumbers {

        private final String text;
        private final int[] starts;

        LineNumbers(String text) {
            this.text = text;
            List<Integer> found = new ArrayList<>(List.of(0));
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    found.add(i + 1);
                }
            }
            starts = found.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The line of the record read from {@code position} (the parser counts the blank lines it skipped). */
        long at(long position) {
            int first = (int) position;
            while (first < text.length() && (text.charAt(first) == '\n' || text.charAt(first) == '\r')) {
                first++;
            }
            int index = Arrays.binarySearch(starts, first);
            return (index >= 0 ? index : -index - 2) + 1;
        }
    }
}
