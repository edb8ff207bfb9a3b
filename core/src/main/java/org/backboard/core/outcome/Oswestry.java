package org.backboard.core.outcome;

import java.util.Map;

/**
 * The Oswestry Disability Index (docs/clinical-rules.md section 4.3): sections scored 0-5; the score is the
 * answered sum over 5 × the answered count, as a whole percent. At most two sections may be left
 * unanswered; with more the questionnaire is incomplete and has no score.
 */
public final class Oswestry {

    public static final int MAX_UNANSWERED = 2;
    /** The clinically important change, in points of the percent score. */
    public static final int IMPORTANT_CHANGE = 10;

    private Oswestry() {
    }

    /** The outcome of scoring: a score with its band, or incomplete. */
    public sealed interface Result permits Scored, Incomplete {
    }

    public record Scored(int percent, DisabilityBand band, int answered) implements Result {
    }

    public record Incomplete(int unanswered) implements Result {
    }

    /** {@code answers} holds the answered sections only, each 0-5. */
    public static Result score(Map<OswestrySection, Integer> answers) {
        answers.forEach((section, value) -> {
            if (value == null || value < 0 || value > 5) {
                throw new IllegalArgumentException(section.label() + " is scored 0-5");
            }
        });
        int answered = answers.size();
        int unanswered = OswestrySection.values().length - answered;
        if (unanswered > MAX_UNANSWERED) {
            return new Incomplete(unanswered);
        }
        int sum = answers.values().stream().mapToInt(Integer::intValue).sum();
        int percent = (int) Math.round(sum * 100.0 / (5.0 * answered));
        return new Scored(percent, DisabilityBand.of(percent), answered);
    }

    /** Whether a change between two scores is clinically important (at least 10 points either way). */
    public static boolean importantChange(int baseline, int now) {
        return Math.abs(now - baseline) >= IMPORTANT_CHANGE;
    }
}
