package org.backboard.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MrnTest {

    @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\"")
    @CsvSource({
            "ABC,                  ABC",                  // 3 characters: shortest allowed
            "AB-12,                AB-12",
            "123,                  123",
            "---,                  ---",
            "ABCDEFGHIJ1234567890, ABCDEFGHIJ1234567890", // 20 characters: longest allowed
            "'  AB-12  ',          AB-12",                // surrounding blanks are ignored
    })
    void mrnAcceptsThreeToTwentyLettersDigitsAndDashes(String raw, String stored) {
        assertThat(Mrn.problem(raw)).isEmpty();
        assertThat(Mrn.of(raw).value()).isEqualTo(stored);
    }

    @ParameterizedTest(name = "\"{0}\" is stored as \"{1}\"")
    @CsvSource({
            "abc,    ABC",
            "ab-12c, AB-12C",
            "Ab-1,   AB-1",
    })
    void mrnNormalisesLowerCaseToUpperCase(String raw, String stored) {
        assertThat(Mrn.of(raw).value()).isEqualTo(stored);
    }

    @Test
    void mrnsDifferingOnlyInCaseAreEqual() {
        assertThat(Mrn.of("ab-12")).isEqualTo(Mrn.of("AB-12"));
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {
            "AB",                    // 2 characters
            "ABCDEFGHIJ12345678901", // 21 characters
            "AB 12",                 // inner space
            "AB_12",                 // underscore
            "AB.12",
            "AB/12",
            "ÄB12",                  // only ASCII letters
    })
    void mrnRejectsWrongLengthOrOtherCharacters(String raw) {
        assertThat(Mrn.problem(raw)).contains("MRN must be 3-20 letters, digits or dashes");
        assertThatIllegalArgumentException().isThrownBy(() -> Mrn.of(raw))
                .withMessage("MRN must be 3-20 letters, digits or dashes");
    }

    @ParameterizedTest(name = "\"{0}\" is missing")
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankMrnIsReportedAsRequired(String raw) {
        assertThat(Mrn.problem(raw)).contains("MRN is required");
        assertThatIllegalArgumentException().isThrownBy(() -> Mrn.of(raw)).withMessage("MRN is required");
    }

    @Test
    void mrnBuiltWithTheConstructorIsAlsoStoredUpperCaseAndTrimmed() {
        assertThat(new Mrn(" ab-12 ")).isEqualTo(Mrn.of("AB-12"));
    }
}
