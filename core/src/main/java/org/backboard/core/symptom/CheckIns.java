package org.backboard.core.symptom;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.backboard.core.episode.EpisodeId;

/** Port: the symptom timelines. Check-ins are added, never changed. */
public interface CheckIns {

    void add(CheckIn checkIn);

    /** The episode's check-ins in time order. */
    List<CheckIn> timeline(EpisodeId episode);

    /** Several episodes' timelines in one read, each in time order; episodes without check-ins are absent. */
    Map<EpisodeId, List<CheckIn>> timelines(Collection<EpisodeId> episodes);
}
