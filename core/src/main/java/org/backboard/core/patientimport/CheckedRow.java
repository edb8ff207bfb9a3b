package org.backboard.core.patientimport;

import java.util.List;
import java.util.Optional;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.patient.PatientDraft;
import org.backboard.core.shared.FieldProblem;

/**
 * A row after the rules: its problems, each on the column where it is (the field is the column's
 * header name; "row" for the line as a whole), and the drafts it makes. Only a row without problems
 * is imported.
 */
public record CheckedRow(ImportRow source, List<FieldProblem> problems, PatientDraft patient,
                         Optional<EpisodeDraft> episode) {

    /** The field of a problem with the line as a whole rather than one cell. */
    public static final String WHOLE_ROW = "row";

    public CheckedRow {
        problems = List.copyOf(problems);
    }

    public boolean ready() {
        return problems.isEmpty();
    }

    public Optional<String> problemOn(ImportColumn column) {
        return problems.stream().filter(p -> p.field().equals(column.header())).map(FieldProblem::message).findFirst();
    }
}
