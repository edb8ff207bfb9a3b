package org.backboard.ui.patient;

import java.util.function.Supplier;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patient.Patient;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.shared.Result;

/**
 * The service reports expected problems as results, but a race lost at commit time (another
 * save slipped in between) can only arrive as an exception once the transaction has rolled back.
 * Views call the service through here so both look the same to them.
 */
final class SaveCalls {

    private SaveCalls() {
    }

    /** For changes that leave the MRN alone (archive, restore, reassign). */
    static Result<Patient> guarded(Supplier<Result<Patient>> call) {
        try {
            return call.get();
        } catch (ConcurrentChangeException e) {
            return new Result.Conflict<>(e.getMessage());
        }
    }

    /**
     * For saves that set the MRN: losing the race at the unique index gets the same refusal, worded
     * for the actor and audited, as the service's own check ({@code mrnRefused}, called after the rollback).
     */
    static Result<Patient> guarded(Supplier<Result<Patient>> call, Supplier<Result<Patient>> mrnRefused) {
        try {
            return guarded(call);
        } catch (DuplicateMrnException e) {
            return mrnRefused.get();
        }
    }
}
