package org.backboard.core.worklist;

import java.time.LocalDate;
import java.util.Objects;
import org.backboard.core.episode.EpisodeId;

/**
 * Identifies one occurrence of an item, so an acknowledgement silences that occurrence only: a
 * new high score, an escalation to a higher severity or a new due date is a new occurrence.
 */
public record ItemKey(EpisodeId episode, ItemKind kind, Severity severity, LocalDate since) {

    public ItemKey {
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(since, "since");
    }
}
