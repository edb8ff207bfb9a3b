package org.backboard.core.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backboard.core.episode.ChronicityStage;
import org.backboard.core.program.Adherence;

/**
 * The clinic's figures for today. Shares are of the episodes that reached the week with a score;
 * an episode discharged earlier counts with its last score (carried forward).
 */
public record ClinicOutcomes(LocalDate today, Map<ChronicityStage, Long> caseloadByStage,
                             List<Improvement> improvement, Optional<MeanReduction> painReductionAt12Weeks,
                             Map<Adherence.Level, Long> adherence, long programsWithoutPrescribedSessions) {

    /** Hinge Health's reported average pain reduction within 12 weeks (seeds 000, 001): a reference, not a target. */
    public static final int REPORTED_REDUCTION_PERCENT = 68;
    public static final List<Integer> WEEKS = List.of(4, 8, 12);
    public static final int ADHERENCE_DAYS = 28;

    public ClinicOutcomes {
        caseloadByStage = Map.copyOf(caseloadByStage);
        improvement = List.copyOf(improvement);
        adherence = Map.copyOf(adherence);
    }

    public record Improvement(int week, long episodes, long improved) {

        public Optional<Integer> percent() {
            return episodes == 0 ? Optional.empty() : Optional.of((int) Math.round(improved * 100.0 / episodes));
        }
    }

    /** Mean of each episode's fall from baseline as a percent of it (baselines of 0 left out). */
    public record MeanReduction(double percent, long episodes) {
    }

    public long activeCaseload() {
        return caseloadByStage.values().stream().mapToLong(Long::longValue).sum();
    }
}
