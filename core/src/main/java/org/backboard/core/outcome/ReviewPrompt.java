package org.backboard.core.outcome;

import java.util.Optional;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.episode.ChronicityStage;

/**
 * docs/clinical-rules.md section 3: from day 28, pain without a clinically important improvement since
 * baseline prompts a medical review ("not improving"); from day 84 the prompt is more severe.
 */
public enum ReviewPrompt {
    NOT_IMPROVING,
    NOT_IMPROVING_CHRONIC;

    /** Empty when there is nothing to prompt, or no pain has been recorded yet. */
    public static Optional<ReviewPrompt> notImproving(Chronicity chronicity, Optional<PainChange> pain) {
        if (chronicity.days() < Chronicity.SUBACUTE_FROM_DAY || pain.isEmpty()
                || pain.get().isImportantImprovement()) {
            return Optional.empty();
        }
        return Optional.of(chronicity.stage() == ChronicityStage.CHRONIC ? NOT_IMPROVING_CHRONIC : NOT_IMPROVING);
    }
}
