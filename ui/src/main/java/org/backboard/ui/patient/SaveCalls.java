package org.backboard.ui.patient;

import java.util.List;
import java.util.function.Supplier;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patient.SaveResult;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.shared.FieldProblem;

/**
 * The service reports expected problems as results, but a race lost at commit time (another
 * save slipped in between) can only arrive as an exception once the transaction has rolled back.
 * Views call the service through here so both look the same to them.
 */
final class SaveCalls {

    private SaveCalls() {
    }

    static SaveResult guarded(Supplier<SaveResult> call) {
        try {
            return call.get();
        } catch (DuplicateMrnException e) {
            return new SaveResult.Rejected(List.of(new FieldProblem("mrn", e.getMessage())));
        } catch (ConcurrentChangeException e) {
            return new SaveResult.Conflict(e.getMessage());
        }
    }
}
