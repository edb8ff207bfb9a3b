package org.backboard.core.care;

import java.util.List;
import org.backboard.core.shared.FieldProblem;

/** The expected outcomes of a change to a patient's care record. */
public sealed interface CareResult<T> {

    record Saved<T>(T value) implements CareResult<T> { }

    /** Nothing was saved: the input has problems, each tied to a field. */
    record Rejected<T>(List<FieldProblem> problems) implements CareResult<T> { }

    /** Nothing was saved: no such record, or not one the actor may see. */
    record NotFound<T>() implements CareResult<T> { }

    /** Nothing was saved: the record changed since it was loaded. */
    record Conflict<T>(String message) implements CareResult<T> { }

    static <T> CareResult<T> rejected(String field, String message) {
        return new Rejected<>(List.of(new FieldProblem(field, message)));
    }
}
