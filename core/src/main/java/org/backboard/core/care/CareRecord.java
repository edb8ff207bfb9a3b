package org.backboard.core.care;

import java.util.Comparator;
import java.util.List;
import org.backboard.core.patient.Patient;
import org.backboard.core.redflag.RaisedFlag;

/** A patient's episodes of care, open ones first, and their open red flags, most urgent first. */
public record CareRecord(Patient patient, List<EpisodeOverview> episodes, List<RaisedFlag> openFlags) {

    static final Comparator<RaisedFlag> MOST_URGENT_FIRST = Comparator.comparing(RaisedFlag::tier)
            .thenComparing(RaisedFlag::raisedAt, Comparator.reverseOrder());

    public CareRecord {
        episodes = List.copyOf(episodes);
        openFlags = openFlags.stream().filter(RaisedFlag::isOpen).sorted(MOST_URGENT_FIRST).toList();
    }
}
