package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.List;

/** Today's items in worklist order; {@code openEpisodes} is how many episodes were looked at. */
public record Worklist(LocalDate today, List<WorkItem> items, int openEpisodes) {

    public Worklist {
        items = items.stream().sorted(WorkItem.WORKLIST_ORDER).toList();
    }
}
