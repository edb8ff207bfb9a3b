package org.backboard.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.symptom.PainScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/clinical-rules.md section 4.2 (Ostelo et al., Spine 2008): a fall of >= 2 points or >= 30 % of baseline
 * is IMPROVED; a rise of >= 2 points is WORSENED; anything else is NO_IMPORTANT_CHANGE; a baseline
 * of 0 cannot improve.
 */
class PainChangeTest {

    private static PainChange change(int baseline, int current) {
        return PainChange.between(new PainScore(baseline), new PainScore(current));
    }

    @ParameterizedTest(name = "{0} -> {1} is {2} ({3})")
    @CsvSource({
            "8,  6,  IMPROVED,            exactly 2 points",
            "8,  7,  NO_IMPORTANT_CHANGE, 1 point is 12.5 %",
            "10, 7,  IMPROVED,            exactly 30 %",
            "10, 8,  IMPROVED,            2 points is only 20 %",
            "10, 9,  NO_IMPORTANT_CHANGE, 1 point is 10 %",
            "3,  2,  IMPROVED,            1 point is 33 %",
            "4,  3,  NO_IMPORTANT_CHANGE, 1 point is 25 %",
            "7,  6,  NO_IMPORTANT_CHANGE, 1 point is 14 %",
            "1,  0,  IMPROVED,            1 point is 100 %",
            "2,  0,  IMPROVED,            2 points",
            "0,  0,  NO_IMPORTANT_CHANGE, baseline 0 cannot improve",
            "0,  1,  NO_IMPORTANT_CHANGE, rise of 1",
            "0,  2,  WORSENED,            rise of exactly 2 from 0",
            "5,  5,  NO_IMPORTANT_CHANGE, unchanged",
            "5,  6,  NO_IMPORTANT_CHANGE, rise of 1",
            "5,  7,  WORSENED,            rise of exactly 2",
            "8,  10, WORSENED,            rise of 2 to the top of the scale",
            "10, 10, NO_IMPORTANT_CHANGE, unchanged at the top",
            "10, 0,  IMPROVED,            full recovery",
    })
    void clinicallyImportantChangeFollowsOstelo(int baseline, int current, PainChangeCategory category,
            String why) {
        PainChange change = change(baseline, current);

        assertThat(change.category()).as(why).isEqualTo(category);
        assertThat(change.isImportantImprovement()).isEqualTo(category == PainChangeCategory.IMPROVED);
        assertThat(change.baseline()).isEqualTo(new PainScore(baseline));
        assertThat(change.current()).isEqualTo(new PainScore(current));
    }

    @Test
    void everyPairOnTheScaleMatchesTheRuleAsWritten() {
        for (int baseline = 0; baseline <= 10; baseline++) {
            for (int current = 0; current <= 10; current++) {
                int fall = baseline - current;
                PainChangeCategory expected = baseline > 0 && (fall >= 2 || (fall > 0 && fall >= 0.3 * baseline))
                        ? PainChangeCategory.IMPROVED
                        : -fall >= 2 ? PainChangeCategory.WORSENED : PainChangeCategory.NO_IMPORTANT_CHANGE;
                assertThat(change(baseline, current).category())
                        .as("%d -> %d", baseline, current)
                        .isEqualTo(expected);
            }
        }
    }
}
