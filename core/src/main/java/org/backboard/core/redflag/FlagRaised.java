package org.backboard.core.redflag;

import java.util.Objects;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.patient.PatientId;

/**
 * News that a red flag of this tier was raised on the episode and committed. Ids and a tier only:
 * the news travels between application nodes, so it carries no name and no clinical text.
 */
public record FlagRaised(PatientId patient, EpisodeId episode, Tier tier) {

    public FlagRaised {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(episode, "episode");
        Objects.requireNonNull(tier, "tier");
    }
}
