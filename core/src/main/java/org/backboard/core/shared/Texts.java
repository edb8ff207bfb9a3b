package org.backboard.core.shared;

import java.util.Optional;

/**
 * What free text Backboard accepts, decided once for every field a person types into.
 * <ul>
 * <li>No control characters: NUL cannot be stored at all, and the others are invisible, so they
 * only ever arrive by accident or on purpose. Notes may hold line breaks and tabs.</li>
 * <li>No lone surrogates: half of a character, which would be stored as "?".</li>
 * <li>No direction overrides (U+202A-U+202E, U+2066-U+2069): they make text read differently
 * from how it is stored, a known way to disguise a name.</li>
 * <li>Blank means nothing visible: a value of spaces, no-break spaces or zero-width characters
 * counts as empty, and such characters around a value are trimmed like spaces.</li>
 * </ul>
 */
public final class Texts {

    /** What a field holds: one line (names, addresses, searches) or lines (notes, descriptions). */
    public enum Shape { LINE, LINES }

    private static final String HIDDEN_CHARACTER =
            "Remove the hidden or control character (it may have come with pasted text)";
    private static final String BROKEN_CHARACTER =
            "Remove the character that cannot be stored (it may have come with pasted text)";

    private Texts() {
    }

    /** Why Backboard does not take this text, if it does not; null is not a problem here. */
    public static Optional<String> problem(String raw, Shape shape) {
        if (raw == null) {
            return Optional.empty();
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                i++;
            } else if (broken(c)) {
                return Optional.of(BROKEN_CHARACTER);
            } else if (!allowed(c, shape)) {
                return Optional.of(HIDDEN_CHARACTER);
            }
        }
        return Optional.empty();
    }

    /** As {@link #problem(String, Shape)}, then a text longer than {@code max} once stripped. */
    public static Optional<String> problem(String raw, Shape shape, int max, String tooLong) {
        return problem(raw, shape).or(() -> raw != null && strip(raw).length() > max
                ? Optional.of(tooLong) : Optional.empty());
    }

    /**
     * For the invariants of values that are also read back from the database: present (not null or
     * whitespace) and at most {@code max} characters once stripped. It checks no characters, so
     * text stored before these rules still loads; new text meets {@link #problem} at its field.
     */
    public static boolean present(String raw, int max) {
        return raw != null && !raw.isBlank() && strip(raw).length() <= max;
    }

    /** True when the text shows nothing: null, empty, or only spaces and invisible characters. */
    public static boolean isBlank(String raw) {
        return raw == null || raw.codePoints().allMatch(Texts::invisible);
    }

    /** The text without spaces and invisible characters around it; null stays null. */
    public static String strip(String raw) {
        if (raw == null) {
            return null;
        }
        int start = 0;
        int end = raw.length();
        while (start < end && invisible(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && invisible(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    /** Stripped text, or empty when the input shows nothing. */
    public static Optional<String> trimToEmpty(String raw) {
        return isBlank(raw) ? Optional.empty() : Optional.of(strip(raw));
    }

    /**
     * The text with everything {@link #problem} refuses replaced by U+FFFD, for values that are
     * kept without being checked first (a name typed at sign-in, a search).
     */
    public static String storable(String raw, Shape shape) {
        StringBuilder kept = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                kept.append(c).append(raw.charAt(++i));
            } else {
                kept.append(broken(c) || !allowed(c, shape)
                        ? '\uFFFD' : c);
            }
        }
        return kept.toString();
    }

    /** At most {@code max} characters, never cutting a character in half. */
    public static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** Half of a character (its pair already taken above), or one Unicode reserves as a non-character. */
    private static boolean broken(char c) {
        return Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean allowed(char c, Shape shape) {
        if (Character.getType(c) == Character.CONTROL) {
            return shape == Shape.LINES && (c == '\n' || c == '\r' || c == '\t');
        }
        return !(c >= '\u202A' && c <= '\u202E') && !(c >= '\u2066' && c <= '\u2069');
    }

    private static boolean invisible(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT
                || Character.getType(codePoint) == Character.CONTROL
                || codePoint == '\u115F' || codePoint == '\u1160' || codePoint == '\u3164' || codePoint == '\uFFA0';
    }
}
