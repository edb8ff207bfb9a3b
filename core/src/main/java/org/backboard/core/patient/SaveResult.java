package org.backboard.core.patient;

import java.util.List;
import org.backboard.core.shared.FieldProblem;

/** The expected outcomes of saving a patient. */
public sealed interface SaveResult {

    record Saved(Patient patient) implements SaveResult { }

    /** Nothing was saved: the input has problems, each tied to a field. */
    record Rejected(List<FieldProblem> problems) implements SaveResult { }

    /** Nothing was saved: no such patient, or not one the actor may see. */
    record NotFound() implements SaveResult { }

    /** Nothing was saved: the patient changed since it was loaded. */
    record Conflict(String message) implements SaveResult { }
}
