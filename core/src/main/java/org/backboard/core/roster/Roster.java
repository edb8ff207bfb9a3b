package org.backboard.core.roster;

import java.time.LocalDate;
import java.util.List;

/** Port: the roster read model. {@code asOf} is the day the stage filters and sorts are computed for. */
public interface Roster {

    List<RosterRow> page(RosterQuery query, List<RosterSort> sort, LocalDate asOf, int offset, int limit);

    int count(RosterQuery query, LocalDate asOf);
}
