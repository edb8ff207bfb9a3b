package org.backboard.core.clinician;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;

/**
 * The passwords attackers try first: the 100,000 most common ones from breaches, as the nbvcxz
 * library ships them (MIT licence), plus the name of this service. Compared ignoring case and the
 * digits or punctuation people add around a word ("Password123!", "2024dragon!!").
 */
final class CommonPasswords {

    /** Context-specific words that NIST SP 800-63B asks verifiers to refuse as well. */
    private static final Set<String> SERVICE_WORDS = Set.of("backboard");

    private CommonPasswords() {
    }

    static boolean contains(String rawPassword) {
        String password = rawPassword.strip().toLowerCase(Locale.ROOT);
        String word = withoutNonLettersAround(password);
        return isListed(password) || (!word.isEmpty() && isListed(word));
    }

    private static boolean isListed(String candidate) {
        return SERVICE_WORDS.contains(candidate) || Loaded.PASSWORDS.contains(candidate);
    }

    private static String withoutNonLettersAround(String password) {
        int start = 0;
        int end = password.length();
        while (start < end && !Character.isLetter(password.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(password.charAt(end - 1))) {
            end--;
        }
        return password.substring(start, end);
    }

    /** Loaded on first use (about half a second), then kept: a few megabytes of lower-case strings. */
    private static final class Loaded {
        static final Set<String> PASSWORDS = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords).keySet()
                .stream().map(word -> word.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
