package org.backboard.ui.components;

import java.util.function.Supplier;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.shared.Result;

/**
 * The services report expected problems as results, but a race lost at commit time (another save
 * slipped in between) can only arrive as an exception once the transaction has rolled back. Views
 * call the services through here so both look the same to them.
 */
public final class LostRace {

    private LostRace() {
    }

    public static <T> Result<T> guarded(Supplier<? extends Result<T>> call) {
        try {
            return call.get();
        } catch (ConcurrentChangeException e) {
            // the stores report a race lost at a version check or a unique index alike
            return new Result.Conflict<>(e.getMessage());
        }
    }
}
