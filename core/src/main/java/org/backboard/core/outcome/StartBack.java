package org.backboard.core.outcome;

import java.util.Objects;
import java.util.Set;

/**
 * The STarT Back Screening Tool (Hill et al. 2008, docs/clinical-rules.md section 4.4): total of items 1-9,
 * psychosocial subscale of items 5-9; HIGH risk at a subscale of 4 or more, else LOW at a total
 * of 3 or less, else MEDIUM.
 */
public final class StartBack {

    private StartBack() {
    }

    public enum Risk { LOW, MEDIUM, HIGH }

    public record Result(int total, int psychosocial, Risk risk) {
    }

    public static Result score(Set<StartBackItem> agreed, Bothersomeness bothersomeness) {
        Objects.requireNonNull(bothersomeness, "item 9 (bothersomeness) is required");
        int total = agreed.size() + bothersomeness.score();
        int psychosocial = (int) agreed.stream().filter(StartBackItem::psychosocial).count() + bothersomeness.score();
        Risk risk = psychosocial >= 4 ? Risk.HIGH : total <= 3 ? Risk.LOW : Risk.MEDIUM;
        return new Result(total, psychosocial, risk);
    }
}
