package org.backboard.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BirthDateTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    @ParameterizedTest(name = "born {0}")
    @CsvSource({
            "2025-06-15", // today: a newborn
            "1990-01-01",
            "1905-06-15", // exactly 120 years
            "1904-06-16", // the day before the 121st birthday: still 120
    })
    void birthDateFromTodayBackToAnAgeOfOneHundredTwentyIsAccepted(LocalDate dateOfBirth) {
        assertThat(BirthDate.problem(dateOfBirth, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "born {0}")
    @CsvSource({
            "2025-06-16", // tomorrow
            "2030-01-01",
    })
    void birthDateInTheFutureIsRejected(LocalDate dateOfBirth) {
        assertThat(BirthDate.problem(dateOfBirth, TODAY)).contains("Date of birth cannot be in the future");
    }

    @ParameterizedTest(name = "born {0}")
    @CsvSource({
            "1904-06-15", // exactly 121 years
            "1800-01-01",
    })
    void birthDateGivingAnAgeOverOneHundredTwentyIsRejected(LocalDate dateOfBirth) {
        assertThat(BirthDate.problem(dateOfBirth, TODAY)).contains("Date of birth gives an age over 120 years");
    }

    @Test
    void missingBirthDateIsRequired() {
        assertThat(BirthDate.problem(null, TODAY)).contains("Date of birth is required");
    }

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({
            "1990-06-15, 2025-06-14, 34", // the day before the birthday
            "1990-06-15, 2025-06-15, 35", // on the birthday
            "1990-06-15, 2025-06-16, 35", // the day after
            "2025-06-15, 2025-06-15, 0",
            "2000-02-29, 2025-02-28, 24", // leap-day birthday in a common year: not yet
            "2000-02-29, 2025-03-01, 25",
            "2000-02-29, 2024-02-29, 24",
    })
    void ageInYearsCountsCompletedYears(LocalDate dateOfBirth, LocalDate asOf, int age) {
        assertThat(BirthDate.ageInYears(dateOfBirth, asOf)).isEqualTo(age);
    }
}
