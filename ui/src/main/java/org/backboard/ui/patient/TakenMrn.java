package org.backboard.ui.patient;

import java.util.function.Supplier;
import org.backboard.core.patient.DuplicateMrnException;
import org.backboard.core.patient.Patient;
import org.backboard.core.shared.Result;
import org.backboard.ui.components.LostRace;

/**
 * A save that sets the MRN can lose a race at the unique index. That loss gets the same refusal,
 * worded for the actor and audited, as the service's own check ({@code mrnRefused}, called after
 * the rollback); other lost races are {@link LostRace}'s.
 */
final class TakenMrn {

    private TakenMrn() {
    }

    static Result<Patient> guarded(Supplier<Result<Patient>> call, Supplier<Result<Patient>> mrnRefused) {
        try {
            return LostRace.guarded(call);
        } catch (DuplicateMrnException e) {
            return mrnRefused.get();
        }
    }
}
