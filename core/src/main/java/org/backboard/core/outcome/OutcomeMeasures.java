package org.backboard.core.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.backboard.core.episode.EpisodeId;

/** Port: the questionnaires taken. They are added, never changed. */
public interface OutcomeMeasures {

    void add(OutcomeAdministration administration);

    /** Each episode's administrations, oldest first; episodes without any are absent. */
    Map<EpisodeId, List<OutcomeAdministration>> forEpisodes(Collection<EpisodeId> episodes);
}
