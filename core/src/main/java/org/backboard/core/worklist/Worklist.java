package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.List;

/**
 * Today's items in worklist order; {@code openEpisodes} is how many open episodes the scope holds.
 * {@code flagsOnly} when the scope was too large to assess every episode on each view (a lead's
 * whole clinic past {@link #CLINIC_WIDE_LIMIT}): then only the open red flags are listed.
 */
public record Worklist(LocalDate today, List<WorkItem> items, int openEpisodes, boolean flagsOnly) {

    /** Open episodes a whole-clinic view still assesses in full (about a second of work). */
    public static final int CLINIC_WIDE_LIMIT = 5_000;

    public Worklist {
        items = items.stream().sorted(WorkItem.WORKLIST_ORDER).toList();
    }
}
