package org.backboard.core.account;

import java.util.List;
import org.backboard.core.shared.FieldProblem;

/** The expected outcomes of administering an account. */
public sealed interface AccountResult {

    record Done() implements AccountResult { }

    /** Nothing was changed: the input has problems, each tied to a field. */
    record Rejected(List<FieldProblem> problems) implements AccountResult { }

    /** Nothing was changed: the account is unknown. */
    record NotFound() implements AccountResult { }

    static AccountResult rejected(String field, String message) {
        return new Rejected(List.of(new FieldProblem(field, message)));
    }
}
