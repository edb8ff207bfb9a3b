package org.backboard.core.worklist;

import java.util.Collection;
import java.util.Set;
import org.backboard.core.episode.EpisodeId;

/** Port: acknowledged worklist items. Added, never changed. */
public interface ItemAcknowledgements {

    /** False when the item was already acknowledged (by anyone). */
    boolean add(ItemAcknowledgement acknowledgement);

    Set<ItemKey> acknowledged(Collection<EpisodeId> episodes);
}
