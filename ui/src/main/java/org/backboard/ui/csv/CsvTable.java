package org.backboard.ui.csv;

import java.util.List;

/**
 * A CSV file read as text: its first line (the column names), then every line that has something in
 * it, each with the number a spreadsheet gives it (the first line is 1).
 */
public record CsvTable(char separator, List<String> header, List<Line> lines) {

    public CsvTable {
        header = List.copyOf(header);
        lines = List.copyOf(lines);
    }

    public record Line(long number, List<String> cells) {

        public Line {
            cells = List.copyOf(cells);
        }
    }
}
