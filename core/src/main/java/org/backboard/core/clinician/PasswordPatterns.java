package org.backboard.core.clinician;

import java.util.List;
import java.util.Locale;

/**
 * Passwords that are long only by pattern: few distinct characters ("121212121212"), a short unit
 * repeated ("abcabcabcabc"), or mostly repeats and runs of the alphabet, digits or a keyboard row
 * ("123456789012", "qwertyuiopas", "aaaa1111bbbb").
 */
final class PasswordPatterns {

    static final int MIN_DISTINCT_CHARACTERS = 5;

    /** Lines along which neighbours form a run, in either direction; "0…90" also joins 9 and 0. */
    private static final List<String> RUNS = List.of(
            "abcdefghijklmnopqrstuvwxyz", "01234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "!@#$%^&*()");

    private PasswordPatterns() {
    }

    static boolean isTrivial(String rawPassword) {
        String password = rawPassword.strip().toLowerCase(Locale.ROOT);
        return password.chars().distinct().count() < MIN_DISTINCT_CHARACTERS
                || isARepeatedUnit(password)
                || 2 * unpredictableCharacters(password) < password.length();
    }

    /** True when the password is some shorter unit written at least twice (the last time perhaps in part). */
    private static boolean isARepeatedUnit(String password) {
        for (int unit = 1; 2 * unit <= password.length(); unit++) {
            if (password.regionMatches(unit, password, 0, password.length() - unit)) {
                return true;
            }
        }
        return false;
    }

    /** Characters that neither repeat the one before nor continue a run from it: what an attacker must guess. */
    private static int unpredictableCharacters(String password) {
        int count = password.isEmpty() ? 0 : 1;
        for (int i = 1; i < password.length(); i++) {
            char previous = password.charAt(i - 1);
            char current = password.charAt(i);
            if (current != previous && !areNeighbours(previous, current)) {
                count++;
            }
        }
        return count;
    }

    private static boolean areNeighbours(char a, char b) {
        for (String run : RUNS) {
            for (int i = 1; i < run.length(); i++) {
                char left = run.charAt(i - 1);
                char right = run.charAt(i);
                if ((left == a && right == b) || (left == b && right == a)) {
                    return true;
                }
            }
        }
        return false;
    }
}
