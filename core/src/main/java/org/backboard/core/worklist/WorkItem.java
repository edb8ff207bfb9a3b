package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backboard.core.episode.EpisodeId;

/**
 * One thing that needs attention: which patient and episode, how severe, since when, and why in
 * a line. A red flag carries its id: it is acknowledged through the red-flag action only.
 */
public record WorkItem(ItemKind kind, Severity severity, PatientRef patient, EpisodeId episode, LocalDate since,
                       String reason, Optional<UUID> flag) {

    /** Most severe first, then the oldest, then by patient name. */
    public static final Comparator<WorkItem> WORKLIST_ORDER = Comparator.comparing(WorkItem::severity)
            .thenComparing(WorkItem::since)
            .thenComparing(item -> item.patient().name())
            .thenComparing(WorkItem::kind);

    public WorkItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(flag, "flag");
        if ((kind == ItemKind.RED_FLAG) != flag.isPresent()) {
            throw new IllegalArgumentException("red-flag items, and only they, name their flag");
        }
    }

    public ItemKey key() {
        return new ItemKey(episode, kind, severity, since);
    }

    public boolean isRedFlag() {
        return kind == ItemKind.RED_FLAG;
    }
}
