package org.backboard.core.shared;

import java.util.List;

/**
 * The expected outcomes of a use case that changes something: every service answers with one of
 * these, and a screen shows each the same way. Failures that are not expected (a bug, a database
 * outage) stay exceptions.
 */
public sealed interface Result<T> {

    /** Done; the value is what was saved (or what now stands). */
    record Saved<T>(T value) implements Result<T> { }

    /** Nothing was saved: the input has problems, each tied to a field. */
    record Rejected<T>(List<FieldProblem> problems) implements Result<T> { }

    /** Nothing was saved: no such record, or not one the actor may see. */
    record NotFound<T>() implements Result<T> { }

    /** Nothing was saved: the record changed since it was loaded. */
    record Conflict<T>(String message) implements Result<T> { }

    static <T> Result<T> rejected(String field, String message) {
        return new Rejected<>(List.of(new FieldProblem(field, message)));
    }
}
