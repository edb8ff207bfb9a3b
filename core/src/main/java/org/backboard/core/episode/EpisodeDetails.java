package org.backboard.core.episode;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** What the clinician records when opening or editing an episode of care. */
public record EpisodeDetails(
        BodyRegion region,
        SymptomOnset onset,
        LocalDate startDate,
        WorkingDiagnosis diagnosis,
        PainType painType,
        Set<RiskFactor> riskFactors) {

    public EpisodeDetails {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(onset, "onset");
        Objects.requireNonNull(startDate, "start date");
        Objects.requireNonNull(diagnosis, "working diagnosis");
        Objects.requireNonNull(painType, "pain type");
        riskFactors = Set.copyOf(riskFactors);
    }
}
