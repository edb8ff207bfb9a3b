package org.backboard.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest(name = "\"{0}\" is missing")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t\n"})
    void blankNamePartIsRequiredAndTheMessageUsesTheLabel(String part) {
        assertThat(PersonName.problem(part, "Given name")).contains("Given name is required");
        assertThat(PersonName.problem(part, "Family name")).contains("Family name is required");
    }

    @ParameterizedTest(name = "{0} characters, accepted = {1}")
    @CsvSource({
            "1,   true",
            "100, true",
            "101, false",
    })
    void namePartMayBeAtMostOneHundredCharacters(int length, boolean accepted) {
        String part = "x".repeat(length);

        if (accepted) {
            assertThat(PersonName.problem(part, "Given name")).isEmpty();
        } else {
            assertThat(PersonName.problem(part, "Given name")).contains("Given name must be at most 100 characters");
        }
    }

    @Test
    void surroundingBlanksDoNotCountTowardsTheLength() {
        assertThat(PersonName.problem("  " + "x".repeat(100) + "  ", "Family name")).isEmpty();
    }

    @Test
    void constructorTrimsBothParts() {
        PersonName name = new PersonName("  Ada ", " Lovelace  ");

        assertThat(name.given()).isEqualTo("Ada");
        assertThat(name.family()).isEqualTo("Lovelace");
        assertThat(name.sortable()).isEqualTo("Lovelace, Ada");
    }

    @Test
    void constructorRejectsAnInvalidPartWithItsMessage() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonName("Ada", " "))
                .withMessage("Family name is required");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonName("x".repeat(101), "Lovelace"))
                .withMessage("Given name must be at most 100 characters");
    }
}
