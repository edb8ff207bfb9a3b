package org.backboard.core.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/** Port: the roster read model. {@code asOf} is the day the stage filters and sorts are computed for. */
public interface Roster {

    List<RosterRow> page(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int offset, int limit);

    int count(RosterQuery query, LocalDate asOf);

    /**
     * Every row the query matches, in the pages' order, handed over as it is read (never all held at
     * once), at most {@code limit}; stops when {@code rows} answers false. Inside the caller's transaction.
     */
    void export(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int limit, Predicate<RosterRow> rows);
}
