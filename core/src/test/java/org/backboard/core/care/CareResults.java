package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;

/** Unwraps service results in the care tests, failing clearly when the outcome is not the expected kind. */
final class CareResults {

    private CareResults() {
    }

    static <T> T saved(Result<T> result) {
        assertThat(result).isInstanceOf(Result.Saved.class);
        return ((Result.Saved<T>) result).value();
    }

    static List<String> rejectedFields(Result<?> result) {
        assertThat(result).isInstanceOf(Result.Rejected.class);
        return ((Result.Rejected<?>) result).problems().stream().map(FieldProblem::field).toList();
    }
}
