package org.backboard.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.backboard.core.episode.Chronicity;
import org.backboard.core.episode.ChronicityStage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SQL filters use these onset ranges: each must agree with the chronicity rule at every boundary. */
class StageFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @ParameterizedTest(name = "onset {0} days ago: acute {1}, subacute {2}, chronic {3}, watch {4}")
    @CsvSource({
            "0,   true,  false, false, false",
            "27,  true,  false, false, false",
            "28,  false, true,  false, false",
            "69,  false, true,  false, false",
            "70,  false, true,  false, true",
            "83,  false, true,  false, true",
            "84,  false, false, true,  false",
            "400, false, false, true,  false",
    })
    void onsetRangesMatchTheChronicityRule(int daysAgo, boolean acute, boolean subacute, boolean chronic,
                                           boolean watch) {
        LocalDate onset = TODAY.minusDays(daysAgo);

        assertThat(StageFilter.ACUTE.onsets(TODAY).contains(onset)).isEqualTo(acute);
        assertThat(StageFilter.SUBACUTE.onsets(TODAY).contains(onset)).isEqualTo(subacute);
        assertThat(StageFilter.CHRONIC.onsets(TODAY).contains(onset)).isEqualTo(chronic);
        assertThat(StageFilter.CHRONICITY_WATCH.onsets(TODAY).contains(onset)).isEqualTo(watch);

        Chronicity clock = Chronicity.of(onset, TODAY);
        assertThat(clock.stage() == ChronicityStage.ACUTE).isEqualTo(acute);
        assertThat(clock.stage() == ChronicityStage.SUBACUTE).isEqualTo(subacute);
        assertThat(clock.stage() == ChronicityStage.CHRONIC).isEqualTo(chronic);
        assertThat(clock.inWatchWindow()).isEqualTo(watch);
    }

    @ParameterizedTest(name = "an onset tomorrow is in no stage")
    @CsvSource({"ACUTE", "SUBACUTE", "CHRONIC", "CHRONICITY_WATCH"})
    void aFutureOnsetMatchesNoStage(StageFilter filter) {
        assertThat(filter.onsets(TODAY).contains(TODAY.plusDays(1))).isFalse();
    }
}
