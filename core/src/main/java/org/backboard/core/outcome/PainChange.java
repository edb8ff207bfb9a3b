package org.backboard.core.outcome;

import org.backboard.core.symptom.PainScore;

/**
 * Clinically important change in pain (Ostelo et al., Spine 2008; docs/clinical-rules.md section 4.2): a fall
 * of at least 2 points or at least 30 % of baseline is IMPROVED; a rise of at least 2 points is
 * WORSENED; anything else is NO_IMPORTANT_CHANGE. A baseline of 0 cannot improve.
 */
public record PainChange(PainScore baseline, PainScore current, PainChangeCategory category) {

    public static PainChange between(PainScore baseline, PainScore current) {
        int fall = baseline.value() - current.value();
        PainChangeCategory category;
        // 30 % of baseline, compared in integers: fall / baseline >= 0.3  <=>  10 * fall >= 3 * baseline
        if (baseline.value() > 0 && fall > 0 && (fall >= 2 || 10 * fall >= 3 * baseline.value())) {
            category = PainChangeCategory.IMPROVED;
        } else if (-fall >= 2) {
            category = PainChangeCategory.WORSENED;
        } else {
            category = PainChangeCategory.NO_IMPORTANT_CHANGE;
        }
        return new PainChange(baseline, current, category);
    }

    public boolean isImportantImprovement() {
        return category == PainChangeCategory.IMPROVED;
    }
}
