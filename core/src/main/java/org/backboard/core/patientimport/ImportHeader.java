package org.backboard.core.patientimport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.backboard.core.shared.Texts;

/**
 * The first line of an import file: which column is where. A file without a required column, or
 * with one column twice, is refused as a whole; columns Backboard does not know are ignored (and
 * named, so the lead sees that they were).
 */
public record ImportHeader(Map<ImportColumn, Integer> positions, int width, List<String> ignored) {

    public ImportHeader {
        positions = Map.copyOf(positions);
        ignored = List.copyOf(ignored);
    }

    public static Result<ImportHeader> read(List<String> names) {
        Map<ImportColumn, Integer> positions = new EnumMap<>(ImportColumn.class);
        List<String> ignored = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<ImportColumn> column = ImportColumn.named(names.get(i));
            if (column.isEmpty()) {
                if (!Texts.isBlank(names.get(i))) {
                    ignored.add(Texts.storable(Texts.strip(names.get(i)), Texts.Shape.LINE));
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                problems.add("The column " + column.get().header() + " is named twice in the first line");
            }
        }
        List<String> missing = Arrays.stream(ImportColumn.values())
                .filter(column -> column.required() && !positions.containsKey(column))
                .map(ImportColumn::header).toList();
        if (!missing.isEmpty()) {
            problems.add("The first line must name the columns. Missing: " + String.join(", ", missing));
        }
        if (!problems.isEmpty()) {
            return new Result.Rejected<>(problems.stream()
                    .map(message -> new FieldProblem("file", message)).toList());
        }
        return new Result.Saved<>(new ImportHeader(positions, names.size(), ignored));
    }

    /** The file's columns that Backboard reads, in the order Backboard lists them. */
    public List<ImportColumn> columns() {
        return Arrays.stream(ImportColumn.values()).filter(positions::containsKey).toList();
    }

    /** A line's cells placed in their columns; cells beyond the header's width only count when filled. */
    public ImportRow row(long line, List<String> cells) {
        Map<ImportColumn, String> byColumn = new LinkedHashMap<>();
        positions.forEach((column, position) -> byColumn.put(column, position < cells.size() ? cells.get(position) : ""));
        boolean overflowing = cells.stream().skip(width).anyMatch(cell -> !Texts.isBlank(cell));
        return new ImportRow(line, byColumn, overflowing);
    }
}
