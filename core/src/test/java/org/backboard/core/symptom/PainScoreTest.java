package org.backboard.core.symptom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/clinical-rules.md section 4.1: the numeric rating scale is a whole number 0-10. */
class PainScoreTest {

    @ParameterizedTest(name = "{0} is off the scale")
    @CsvSource({"-1", "11", "-2147483648", "2147483647"})
    void scoresOutside0To10AreRejected(int value) {
        assertThatThrownBy(() -> new PainScore(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is on the scale")
    @ValueSource(ints = {0, 1, 5, 9, 10})
    void scoresFrom0To10AreAccepted(int value) {
        assertThat(new PainScore(value).value()).isEqualTo(value);
    }
}
