package org.backboard.core.clinician;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    /** Longer than the minimum password length, so a password can equal it. */
    private static final Username USER = Username.of("physio.anna.k");

    @Test
    void passwordOfElevenCharactersIsRejectedAndTwelveAccepted() {
        assertThat(PasswordPolicy.problem(USER, "a".repeat(11))).contains("Use at least 12 characters");
        assertThat(PasswordPolicy.problem(USER, "a".repeat(12))).isEmpty();
    }

    @Test
    void missingPasswordIsRejected() {
        assertThat(PasswordPolicy.problem(USER, null)).contains("Use at least 12 characters");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"physio.anna.k", "PHYSIO.ANNA.K", "Physio.Anna.K", " physio.anna.k "})
    void passwordEqualToTheUsernameIgnoringCaseIsRejected(String password) {
        assertThat(PasswordPolicy.problem(USER, password)).contains("The password must not be the user name");
    }

    @Test
    void passwordThatMerelyContainsTheUsernameIsAccepted() {
        assertThat(PasswordPolicy.problem(USER, "physio.anna.k!2025")).isEmpty();
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRejected() {
        Username user = new Username("tess");

        assertThat(PasswordPolicy.problem(user, "a".repeat(72))).isEmpty();
        assertThat(PasswordPolicy.problem(user, "a".repeat(73))).isPresent();
        assertThat(PasswordPolicy.problem(user, "é".repeat(37))).isPresent();
    }
}
