package org.backboard.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Adherence (docs/clinical-rules.md section 5.5): ≥ 80 % GOOD, 50-79 % PARTIAL, < 50 % LOW, capped at 100 %. */
class AdherenceTest {

    @ParameterizedTest(name = "{0} of {1}: {2}, {3} %")
    @CsvSource({
            "8, 10, GOOD, 80",
            "79, 100, PARTIAL, 79",
            "5, 10, PARTIAL, 50",
            "49, 100, LOW, 49",
            "0, 7, LOW, 0",
            "12, 10, GOOD, 100",
            "31, 39, PARTIAL, 79",
    })
    void levelsMeetAtTheirBoundaries(int completed, int prescribed, Adherence.Level level, int percent) {
        Adherence adherence = Adherence.of(completed, prescribed).orElseThrow();
        assertThat(adherence.level()).isEqualTo(level);
        assertThat(adherence.percent()).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0} done over {1} session-days: {2}, {3} %, {4} prescribed")
    @CsvSource({
            "0, 3, LOW, 0, 0.4",
            "1, 3, GOOD, 100, 0.4",
            "4, 39, PARTIAL, 72, 5.6",
            "3, 35, PARTIAL, 60, 5",
            "5, 43, GOOD, 81, 6.1",
    })
    void partSessionsAreCountedExactlyAndRoundedOnlyWhenShown(int completed, long sessionDays,
                                                               Adherence.Level level, int percent, String shown) {
        Adherence adherence = Adherence.overSessionDays(completed, sessionDays).orElseThrow();
        assertThat(adherence.level()).isEqualTo(level);
        assertThat(adherence.percent()).isEqualTo(percent);
        assertThat(adherence.prescribedShown()).isEqualTo(shown);
    }

    @Test
    void nothingPrescribedHasNoAdherence() {
        assertThat(Adherence.of(3, 0)).isEmpty();
    }
}
