package org.backboard.ui.components;

import java.util.function.Supplier;
import org.backboard.core.shared.ConcurrentChangeException;
import org.backboard.core.shared.Result;
import org.springframework.dao.DuplicateKeyException;

/**
 * The services report expected problems as results, but a race lost at commit time (another save
 * slipped in between) can only arrive as an exception once the transaction has rolled back. Views
 * call the services through here so both look the same to them.
 */
public final class LostRace {

    static final String LOST_RACE = "Someone else saved a change first, so nothing was saved. "
            + "Close this dialog to see their change.";

    private LostRace() {
    }

    public static <T> Result<T> guarded(Supplier<? extends Result<T>> call) {
        try {
            return call.get();
        } catch (ConcurrentChangeException e) {
            return new Result.Conflict<>(e.getMessage());
        } catch (DuplicateKeyException e) {
            // a duplicate key is the same race on an insert (say, two programs started on one episode)
            return new Result.Conflict<>(LOST_RACE);
        }
    }
}
