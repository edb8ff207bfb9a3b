package org.backboard.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md section 1.6: an approximate onset keeps its precision and shows "~". */
class SymptomOnsetTest {

    @ParameterizedTest(name = "about {0} is kept as {1} and shown as \"{2}\"")
    @CsvSource({
            "2026-03-17, 2026-03-01, ~Mar 2026",
            "2026-03-01, 2026-03-01, ~Mar 2026",
            "2026-03-31, 2026-03-01, ~Mar 2026",
            "2028-02-29, 2028-02-01, ~Feb 2028",
            "2025-12-31, 2025-12-01, ~Dec 2025",
    })
    void monthPreciseOnsetIsNormalisedToTheFirstAndShownWithATilde(LocalDate entered, LocalDate kept,
            String shown) {
        SymptomOnset onset = SymptomOnset.inMonth(entered);

        assertThat(onset.date()).isEqualTo(kept);
        assertThat(onset.precision()).isEqualTo(OnsetPrecision.MONTH);
        assertThat(onset.isApproximate()).isTrue();
        assertThat(onset.display()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} is kept as is and shown as \"{1}\"")
    @CsvSource({
            "2026-03-17, 17 Mar 2026",
            "2026-03-01, 1 Mar 2026",
            "2028-02-29, 29 Feb 2028",
    })
    void dayPreciseOnsetIsKeptAsEnteredAndShownWithoutATilde(LocalDate entered, String shown) {
        SymptomOnset onset = SymptomOnset.onDay(entered);

        assertThat(onset.date()).isEqualTo(entered);
        assertThat(onset.isApproximate()).isFalse();
        assertThat(onset.display()).isEqualTo(shown).doesNotContain("~");
    }

    @ParameterizedTest(name = "{1} precision via the constructor keeps {2}")
    @CsvSource({
            "2026-03-17, DAY,   2026-03-17",
            "2026-03-17, MONTH, 2026-03-01",
    })
    void constructorAppliesTheSameNormalisationAsTheFactories(LocalDate entered, OnsetPrecision precision,
            LocalDate kept) {
        assertThat(new SymptomOnset(entered, precision).date()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "about {0}, as of {1}: day {2}")
    @CsvSource({
            "2026-03-17, 2026-03-29, 28",
            "2026-03-31, 2026-03-29, 28",
    })
    void chronicityOfAnApproximateOnsetCountsFromTheFirstOfTheMonth(LocalDate entered, LocalDate asOf,
            long days) {
        assertThat(Chronicity.of(SymptomOnset.inMonth(entered).date(), asOf).days()).isEqualTo(days);
    }
}
