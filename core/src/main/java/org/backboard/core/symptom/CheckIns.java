package org.backboard.core.symptom;

import java.util.List;
import org.backboard.core.episode.EpisodeId;

/** Port: the symptom timelines. Check-ins are added, never changed. */
public interface CheckIns {

    void add(CheckIn checkIn);

    /** The episode's check-ins in time order. */
    List<CheckIn> timeline(EpisodeId episode);
}
