package org.backboard.core.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDetailsTest {

    private static final String PHONE_PROBLEM = "Phone must have at least 6 digits (+, spaces, dashes and brackets allowed)";
    private static final String EMAIL_PROBLEM = "Enter an email address like name@example.org";

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "123456",                    // 6 digits: the minimum
            "+44 20 7946 0958",
            "(030) 123-456",
            "030/123.456",
            "  0301234567  ",
            "1234567890123456789012345", // 25 characters: the longest
    })
    void phoneWithAtLeastSixDigitsAndUsualPunctuationIsAccepted(String phone) {
        assertThat(ContactDetails.phoneProblem(phone)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "12345",                      // 5 digits
            "(((123)))",                  // allowed characters, but too few digits
            "12 34 5",
            "phone 123456",
            "123456 ext 7",
            "++49123456",
            "49+123456",                  // plus only at the start
            "12345678901234567890123456", // 26 characters
    })
    void malformedPhoneIsRejected(String phone) {
        assertThat(ContactDetails.phoneProblem(phone)).contains(PHONE_PROBLEM);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankPhoneIsFineBecauseItIsOptional(String phone) {
        assertThat(ContactDetails.phoneProblem(phone)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "name@example.org",
            "first.last+tag@sub.example.co.uk",
            "  name@example.org  ",
    })
    void wellFormedEmailIsAccepted(String email) {
        assertThat(ContactDetails.emailProblem(email)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "name",
            "name@",
            "@example.org",
            "name@example",
            "name@example.c",
            "na me@example.org",
            "name@@example.org",
            "a@b@example.org",
    })
    void malformedEmailIsRejected(String email) {
        assertThat(ContactDetails.emailProblem(email)).contains(EMAIL_PROBLEM);
    }

    @Test
    void emailLocalPartMayBeAtMostSixtyFourCharacters() {
        assertThat(ContactDetails.emailProblem("x".repeat(64) + "@example.org")).isEmpty();
        assertThat(ContactDetails.emailProblem("x".repeat(65) + "@example.org")).contains(EMAIL_PROBLEM);
    }

    @Test
    void emailMayBeAtMost254Characters() {
        String longest = "a@" + "b".repeat(248) + ".org";

        assertThat(longest).hasSize(254);
        assertThat(ContactDetails.emailProblem(longest)).isEmpty();
        assertThat(ContactDetails.emailProblem("a@" + "b".repeat(249) + ".org")).contains(EMAIL_PROBLEM);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void blankEmailIsFineBecauseItIsOptional(String email) {
        assertThat(ContactDetails.emailProblem(email)).isEmpty();
    }

    @Test
    void blankContactDetailsAreStoredAsAbsentAndOthersTrimmed() {
        assertThat(ContactDetails.of("  ", null)).isEqualTo(ContactDetails.none());

        ContactDetails contact = ContactDetails.of(" 0301234567 ", " name@example.org ");
        assertThat(contact.phone()).contains("0301234567");
        assertThat(contact.email()).contains("name@example.org");
    }

    @Test
    void malformedContactDetailsCannotBeBuilt() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContactDetails.of("12", null)).withMessage(PHONE_PROBLEM);
        assertThatIllegalArgumentException().isThrownBy(() -> ContactDetails.of(null, "nope")).withMessage(EMAIL_PROBLEM);
    }
}
