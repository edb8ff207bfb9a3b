package org.backboard.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    @ParameterizedTest(name = "after failure {0}: wait {1}")
    @CsvSource({"1, PT1M", "2, PT5M", "3, PT30M", "4, PT2H", "5, PT12H"})
    void theStandardScheduleWaitsLongerAfterEachFailure(int failures, Duration wait) {
        assertThat(RetrySchedule.standard().delayAfter(failures)).contains(wait);
    }

    @Test
    void theSixthFailureEndsIt() {
        assertThat(RetrySchedule.standard().delayAfter(6)).isEmpty();
        assertThat(RetrySchedule.standard().maxAttempts()).isEqualTo(6);
    }

    @Test
    void delaysFollowFailuresOnlyAndArePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> RetrySchedule.standard().delayAfter(0));
        assertThatIllegalArgumentException().isThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO)));
    }
}
