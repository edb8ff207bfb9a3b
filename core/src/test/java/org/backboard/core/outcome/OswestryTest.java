package org.backboard.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * ODI scoring (docs/clinical-rules.md section 4.3): answered sum / (5 × answered) as a whole percent;
 * at most 2 skipped.
 */
class OswestryTest {

    /** The first {@code answered} sections, each scored {@code each}. */
    private static Map<OswestrySection, Integer> answers(int answered, int each) {
        Map<OswestrySection, Integer> answers = new EnumMap<>(OswestrySection.class);
        for (int i = 0; i < answered; i++) {
            answers.put(OswestrySection.values()[i], each);
        }
        return answers;
    }

    @ParameterizedTest(name = "{0} answered at {1} each: {2} %")
    @CsvSource({
            "10, 0, 0",
            "10, 5, 100",
            "10, 2, 40",
            "9, 2, 40",
            "8, 2, 40",
            "9, 3, 60",
    })
    void allTenOrUpToTwoSkippedAreScored(int answered, int each, int percent) {
        assertThat(Oswestry.score(answers(answered, each))).isEqualTo(new Oswestry.Scored(percent,
                DisabilityBand.of(percent), answered));
    }

    @Test
    void threeSkippedSectionsLeaveItIncomplete() {
        assertThat(Oswestry.score(answers(7, 2))).isEqualTo(new Oswestry.Incomplete(3));
        assertThat(Oswestry.score(Map.of())).isEqualTo(new Oswestry.Incomplete(10));
    }

    @Test
    void theScoreIsRoundedToAWholePercent() {
        Map<OswestrySection, Integer> answers = answers(9, 1);
        answers.put(OswestrySection.PAIN_INTENSITY, 0);
        // 8 of 45 = 17.8 %
        assertThat(((Oswestry.Scored) Oswestry.score(answers)).percent()).isEqualTo(18);
        answers.put(OswestrySection.PAIN_INTENSITY, 5);
        answers.put(OswestrySection.PERSONAL_CARE, 5);
        answers.put(OswestrySection.LIFTING, 5);
        answers.put(OswestrySection.WALKING, 5);
        // 25 of 45 = 55.6 %
        assertThat(((Oswestry.Scored) Oswestry.score(answers)).percent()).isEqualTo(56);
    }

    @ParameterizedTest(name = "{0} % is {1}")
    @CsvSource({
            "0, MINIMAL", "20, MINIMAL", "21, MODERATE", "40, MODERATE", "41, SEVERE", "60, SEVERE",
            "61, CRIPPLING", "80, CRIPPLING", "81, BED_BOUND", "100, BED_BOUND",
    })
    void bandsMeetAtTheirBoundaries(int percent, DisabilityBand band) {
        assertThat(DisabilityBand.of(percent)).isEqualTo(band);
    }

    @Test
    void sectionsAreScoredZeroToFive() {
        assertThatThrownBy(() -> Oswestry.score(Map.of(OswestrySection.SITTING, 6)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Oswestry.score(Map.of(OswestrySection.SITTING, -1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} → {1}: important {2}")
    @CsvSource({"40, 30, true", "40, 31, false", "30, 40, true", "30, 39, false"})
    void tenPointsIsAnImportantChange(int baseline, int now, boolean important) {
        assertThat(Oswestry.importantChange(baseline, now)).isEqualTo(important);
    }
}
