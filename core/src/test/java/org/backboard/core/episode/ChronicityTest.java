package org.backboard.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** docs/clinical-rules.md section 1: the 12-week clock, counted in whole days from symptom onset. */
class ChronicityTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 1, 5);

    private static Chronicity onDay(long day) {
        return Chronicity.of(ONSET, ONSET.plusDays(day));
    }

    @ParameterizedTest(name = "day {0}: {1}, week {2}, days until chronic {3}, in watch window {4}")
    @CsvSource(nullValues = "NONE", value = {
            "0,   ACUTE,    1,  84,   false",
            "6,   ACUTE,    1,  78,   false",
            "7,   ACUTE,    2,  77,   false",
            "27,  ACUTE,    4,  57,   false",
            "28,  SUBACUTE, 5,  56,   false",
            "69,  SUBACUTE, 10, 15,   false",
            "70,  SUBACUTE, 11, 14,   true",
            "83,  SUBACUTE, 12, 1,    true",
            "84,  CHRONIC,  13, NONE, false",
            "400, CHRONIC,  58, NONE, false",
    })
    void theClockReadsStageWeekAndCountdownOnEachBoundaryDay(long day, ChronicityStage stage, long week,
            Long daysUntilChronic, boolean inWatch) {
        Chronicity chronicity = onDay(day);

        assertThat(chronicity.days()).isEqualTo(day);
        assertThat(chronicity.stage()).isEqualTo(stage);
        assertThat(chronicity.week()).isEqualTo(week);
        if (daysUntilChronic == null) {
            assertThat(chronicity.daysUntilChronic()).isEmpty();
        } else {
            assertThat(chronicity.daysUntilChronic()).contains(daysUntilChronic);
        }
        assertThat(chronicity.inWatchWindow()).isEqualTo(inWatch);
    }

    @Test
    void patientTurnsSubacuteOnDay28() {
        assertThat(onDay(27).stage()).isEqualTo(ChronicityStage.ACUTE);
        assertThat(onDay(28).stage()).isEqualTo(ChronicityStage.SUBACUTE);
    }

    @Test
    void patientTurnsChronicOnDay84() {
        assertThat(onDay(83).stage()).isEqualTo(ChronicityStage.SUBACUTE);
        assertThat(onDay(83).daysUntilChronic()).contains(1L);
        assertThat(onDay(84).stage()).isEqualTo(ChronicityStage.CHRONIC);
        assertThat(onDay(84).week()).isEqualTo(13);
        assertThat(onDay(84).daysUntilChronic()).isEmpty();
    }

    @ParameterizedTest(name = "day {0} is in week {1}")
    @CsvSource({
            "0,  1",
            "6,  1",
            "7,  2",
            "13, 2",
            "14, 3",
            "27, 4",
            "28, 5",
            "83, 12",
            "84, 13",
    })
    void weekIsDaysDividedBySevenPlusOne(long day, long week) {
        assertThat(onDay(day).week()).isEqualTo(week);
    }

    @ParameterizedTest(name = "day {0}: in watch window = {1}")
    @CsvSource({
            "69, false",
            "70, true",
            "83, true",
            "84, false",
    })
    void watchWindowCoversDays70To83(long day, boolean inWatch) {
        assertThat(onDay(day).inWatchWindow()).isEqualTo(inWatch);
    }

    @Test
    void daysAreCountedAcrossMonthAndLeapYearBoundaries() {
        // 2028 is a leap year: 2028-01-01 to 2028-03-25 is 31 + 29 + 24 = 84 days
        Chronicity chronicity = Chronicity.of(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 3, 25));

        assertThat(chronicity.days()).isEqualTo(84);
        assertThat(chronicity.stage()).isEqualTo(ChronicityStage.CHRONIC);
    }

    @Test
    void onsetOnTheReferenceDayIsDayZero() {
        assertThat(Chronicity.of(ONSET, ONSET)).isEqualTo(new Chronicity(0, ChronicityStage.ACUTE));
    }

    @Test
    void onsetAfterTheReferenceDateIsRejected() {
        assertThatThrownBy(() -> Chronicity.of(ONSET.plusDays(1), ONSET))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The SQL filters ("onset <= bound") must select exactly the episodes the rule puts in that
     * stage: an onset on the bound or one day before qualifies, one day after does not.
     */
    @ParameterizedTest(name = "{0} bound as of {1}")
    @CsvSource({
            "chronic,  2026-01-05",
            "chronic,  2026-03-30",
            "chronic,  2027-01-01",
            "chronic,  2028-03-01",
            "subacute, 2026-01-05",
            "subacute, 2026-03-30",
            "subacute, 2027-01-01",
            "subacute, 2028-03-01",
            "watch,    2026-01-05",
            "watch,    2026-03-30",
            "watch,    2027-01-01",
            "watch,    2028-03-01",
    })
    void sqlOnsetBoundAgreesWithTheRuleOneDayEitherSide(String bound, LocalDate asOf) {
        Function<LocalDate, LocalDate> boundOf = switch (bound) {
            case "chronic" -> Chronicity::chronicOnsetOnOrBefore;
            case "subacute" -> Chronicity::subacuteOnsetOnOrBefore;
            case "watch" -> Chronicity::watchOnsetOnOrBefore;
            default -> throw new IllegalArgumentException(bound);
        };
        Predicate<Chronicity> rule = switch (bound) {
            case "chronic" -> c -> c.stage() == ChronicityStage.CHRONIC;
            case "subacute" -> c -> c.stage() != ChronicityStage.ACUTE;
            case "watch" -> c -> c.inWatchWindow() || c.stage() == ChronicityStage.CHRONIC;
            default -> throw new IllegalArgumentException(bound);
        };
        LocalDate onOrBefore = boundOf.apply(asOf);

        for (LocalDate onset : new LocalDate[] {onOrBefore.minusDays(1), onOrBefore, onOrBefore.plusDays(1)}) {
            boolean selectedBySql = !onset.isAfter(onOrBefore);
            assertThat(rule.test(Chronicity.of(onset, asOf)))
                    .as("%s onset %s as of %s", bound, onset, asOf)
                    .isEqualTo(selectedBySql);
        }
    }

    @ParameterizedTest(name = "as of {0}: chronic bound {1}, watch bound {2}, subacute bound {3}")
    @CsvSource({
            "2026-03-30, 2026-01-05, 2026-01-19, 2026-03-02",
            "2028-03-01, 2027-12-08, 2027-12-22, 2028-02-02",
    })
    void sqlBoundsAreTheStageStartDaysBackFromAsOf(LocalDate asOf, LocalDate chronic, LocalDate watch,
            LocalDate subacute) {
        assertThat(Chronicity.chronicOnsetOnOrBefore(asOf)).isEqualTo(chronic);
        assertThat(Chronicity.watchOnsetOnOrBefore(asOf)).isEqualTo(watch);
        assertThat(Chronicity.subacuteOnsetOnOrBefore(asOf)).isEqualTo(subacute);
    }
}
