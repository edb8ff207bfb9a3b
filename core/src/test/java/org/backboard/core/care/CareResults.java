package org.backboard.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backboard.core.shared.FieldProblem;

/** Unwraps service results in the care tests, failing clearly when the outcome is not the expected kind. */
final class CareResults {

    private CareResults() {
    }

    static <T> T saved(CareResult<T> result) {
        assertThat(result).isInstanceOf(CareResult.Saved.class);
        return ((CareResult.Saved<T>) result).value();
    }

    static List<String> rejectedFields(CareResult<?> result) {
        assertThat(result).isInstanceOf(CareResult.Rejected.class);
        return ((CareResult.Rejected<?>) result).problems().stream().map(FieldProblem::field).toList();
    }
}
