package org.backboard.core.clinician;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    /** Longer than the minimum password length, so a password can equal it. */
    private static final Username USER = Username.of("physio.anna.k");
    private static final String PATTERN = "Avoid repeated characters and runs like 1234 or abcd";
    private static final String COMMON = "This password is too common: choose another (a few unrelated words make a good one)";

    @Test
    void passwordOfElevenCharactersIsRejectedAndTwelveAccepted() {
        assertThat(PasswordPolicy.problem(USER, "Tulip-Engin")).contains("Use at least 12 characters");
        assertThat(PasswordPolicy.problem(USER, "Tulip-Engine")).isEmpty();
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
        String seventyTwo = "a quiet violet lantern drifts over seven orbiting cellos at dawn, mostly";

        assertThat(PasswordPolicy.problem(user, seventyTwo)).isEmpty();
        assertThat(PasswordPolicy.problem(user, seventyTwo + "!")).contains("Use at most 72 bytes (about 70 characters)");
        assertThat(PasswordPolicy.problem(user, "é".repeat(37))).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "aaaaaaaaaaaa", "AAAAAAAAAAAAAAAAAAAA", "abcabcabcabc", "121212121212", "asdfasdfasdf",
            "123456789012", "987654321098", "qwertyuiopas", "abcdefghijkl", "ZYXWVUTSRQPO", "!@#$%^&*()_+",
            "aaaa1111bbbb", "abcd1234efgh", "1122334455667788", "qwerty123456"})
    void repeatedCharactersRunsAndRepeatedUnitsAreRejected(String password) {
        assertThat(PasswordPolicy.problem(USER, password)).contains(PATTERN);
    }

    @Test
    void aUnitRepeatedTwiceIsRejectedButAUnitAndAPartialRepeatIsAccepted() {
        assertThat(PasswordPolicy.problem(USER, "Xk7#pqXk7#pq")).contains(PATTERN);
        assertThat(PasswordPolicy.problem(USER, "Xk7#pqzXk7#pq")).isEmpty();
    }

    @Test
    void fiveDistinctCharactersAreTheFewestAccepted() {
        assertThat(PasswordPolicy.problem(USER, "r9kw9rwk9krw")).contains(PATTERN);
        assertThat(PasswordPolicy.problem(USER, "r9kw9rwk9krm")).isEmpty();
    }

    /** A character that repeats the one before it, or continues a run (abc, 321, qwe, !@#), tells an attacker nothing. */
    @Test
    void atLeastHalfTheCharactersMustNeitherRepeatNorContinueARun() {
        assertThat(PasswordPolicy.problem(USER, "abc1234xyz!?")).as("5 of 12").contains(PATTERN);
        assertThat(PasswordPolicy.problem(USER, "abc1237xyz!?")).as("6 of 12").isEmpty();
    }

    /** "correct horse battery staple" is the best-known example passphrase, and the list has it. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "iloveyou1234", "PASSWORD1234", "password1234", "Password123!", "p@ssw0rd2024", "Summer2024!!",
            "monkey!!!!!!", "2024dragon!!", "correct horse battery staple", "Backboard2025!"})
    void commonPasswordsAreRejectedIgnoringCaseAndDigitsOrPunctuationAround(String password) {
        assertThat(PasswordPolicy.problem(USER, password)).contains(COMMON);
    }

    /** Every password the tests and the README set through the policy, and passwords a person would pick. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "Tulip-Engine-Rain-47", "violet lantern orbit cello", "long-enough-secret", "a-good-long-password",
            "a-new-long-password", "correct-horse-battery", "a-long-enough-password", "another-long-password",
            "a-long-initial-password", "at-least-12-chars", "820461937052", "Tr0ub4dor&3x", "abcd-wren-9174"})
    void passphrasesAndUnpatternedPasswordsAreAccepted(String password) {
        assertThat(PasswordPolicy.problem(USER, password)).isEmpty();
    }
}
