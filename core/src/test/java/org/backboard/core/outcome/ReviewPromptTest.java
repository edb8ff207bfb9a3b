package org.backboard.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.symptom.PainScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/clinical-rules.md section 3: from day 28, no clinically important improvement prompts NOT_IMPROVING;
 * from day 84 the prompt is NOT_IMPROVING_CHRONIC.
 */
class ReviewPromptTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 1, 5);

    private static Optional<ReviewPrompt> promptOn(long day, int baseline, int current) {
        return ReviewPrompt.notImproving(Chronicity.of(ONSET, ONSET.plusDays(day)),
                Optional.of(PainChange.between(new PainScore(baseline), new PainScore(current))));
    }

    @ParameterizedTest(name = "day {0}, pain {1} -> {2}: {3}")
    @CsvSource(nullValues = "NONE", value = {
            // no improvement, but still acute
            "0,   8, 8, NONE",
            "27,  8, 7, NONE",
            "27,  5, 9, NONE",
            // NO_IMPORTANT_CHANGE from day 28
            "28,  8, 7, NOT_IMPROVING",
            "28,  8, 8, NOT_IMPROVING",
            // IMPROVED
            "28,  8, 6, NONE",
            "28,  3, 2, NONE",
            "83,  10, 7, NONE",
            // WORSENED
            "28,  5, 7, NOT_IMPROVING",
            "83,  5, 7, NOT_IMPROVING",
            // chronic
            "84,  8, 7, NOT_IMPROVING_CHRONIC",
            "84,  8, 8, NOT_IMPROVING_CHRONIC",
            "84,  5, 7, NOT_IMPROVING_CHRONIC",
            "84,  8, 6, NONE",
            "400, 0, 0, NOT_IMPROVING_CHRONIC",
    })
    void promptDependsOnDurationAndPainChange(long day, int baseline, int current, ReviewPrompt expected) {
        assertThat(promptOn(day, baseline, current)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "day {0} without any pain score: no prompt")
    @CsvSource({"0", "27", "28", "84", "400"})
    void noPainRecordedMeansNoPrompt(long day) {
        assertThat(ReviewPrompt.notImproving(Chronicity.of(ONSET, ONSET.plusDays(day)), Optional.empty()))
                .isEmpty();
    }

    @Test
    void day27WithNoImprovementHasNoPrompt() {
        assertThat(promptOn(27, 8, 8)).isEmpty();
    }

    @Test
    void day28WithNoImportantChangePromptsNotImproving() {
        assertThat(promptOn(28, 8, 7)).contains(ReviewPrompt.NOT_IMPROVING);
    }

    @Test
    void day84WithNoChangePromptsNotImprovingChronic() {
        assertThat(promptOn(84, 7, 7)).contains(ReviewPrompt.NOT_IMPROVING_CHRONIC);
    }
}
