package org.backboard.core.clinician;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    private static final String PROBLEM = "Use 3-40 lower-case letters, digits, dots, dashes or underscores";

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "abc",                                      // 3 characters: shortest
            "jane.doe",
            "j_doe-2",
            "0123456789012345678901234567890123456789", // 40 characters: longest
    })
    void usernameAcceptsThreeToFortyLowerCaseLettersDigitsDotsDashesAndUnderscores(String value) {
        assertThat(Username.problem(value)).isEmpty();
        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "ab",                                        // 2 characters
            "01234567890123456789012345678901234567890", // 41 characters
            "Jane",                                      // upper case is not normalised by problem()
            "jane doe",
            "jane@clinic",
            "jöns",
    })
    void usernameRejectsAnythingElse(String value) {
        assertThat(Username.problem(value)).contains(PROBLEM);
        assertThatIllegalArgumentException().isThrownBy(() -> new Username(value)).withMessage(PROBLEM);
    }

    @ParameterizedTest(name = "\"{0}\" becomes \"{1}\"")
    @CsvSource({
            "Jane.Doe,       jane.doe",
            "'  PT-Anna  ',  pt-anna",
    })
    void ofTrimsAndLowerCases(String raw, String value) {
        assertThat(Username.of(raw).value()).isEqualTo(value);
    }

    @Test
    void ofStillRejectsWhatNormalisingCannotFix() {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("Jane Doe")).withMessage(PROBLEM);
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of(null)).withMessage(PROBLEM);
    }
}
