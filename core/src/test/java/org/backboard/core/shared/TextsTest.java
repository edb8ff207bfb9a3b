package org.backboard.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.backboard.core.shared.Texts.Shape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What text Backboard takes: decided once, for names, notes and searches alike. */
class TextsTest {

    @ParameterizedTest(name = "U+{0} is refused in a line and in a note")
    @ValueSource(strings = {"0000", "0007", "001B", "007F", "0085", "202E", "2066"})
    void controlCharactersAndDirectionOverridesAreRefusedEverywhere(String hex) {
        String text = "Ann" + (char) Integer.parseInt(hex, 16) + "Lee";

        assertThat(Texts.problem(text, Shape.LINE)).hasValueSatisfying(m -> assertThat(m).contains("hidden"));
        assertThat(Texts.problem(text, Shape.LINES)).hasValueSatisfying(m -> assertThat(m).contains("hidden"));
    }

    @Test
    void notesMayHoldLineBreaksAndTabsButLinesMayNot() {
        String note = "Walked 2 km.\r\nNo pain.\tSlept well.";

        assertThat(Texts.problem(note, Shape.LINES)).isEmpty();
        assertThat(Texts.problem(note, Shape.LINE)).isPresent();
    }

    @Test
    void aLoneHalfOfACharacterIsRefusedButAWholeOneIsKept() {
        assertThat(Texts.problem("Zoë \uD83D\uDE00", Shape.LINE)).isEmpty();
        assertThat(Texts.problem("broken \uD83D", Shape.LINE))
                .hasValueSatisfying(m -> assertThat(m).contains("cannot be stored"));
        assertThat(Texts.problem("\uDE00 broken", Shape.LINES)).isPresent();
    }

    @ParameterizedTest(name = "\"{0}\" shows nothing")
    @ValueSource(strings = {"", "   ", "\u200B", "\u00A0\u00A0", "\u2007\u200D\uFEFF", "\u3000", "\u3164"})
    void invisibleTextIsBlank(String text) {
        assertThat(Texts.isBlank(text)).isTrue();
        assertThat(Texts.trimToEmpty(text)).isEmpty();
    }

    @Test
    void invisibleCharactersAroundTextAreTrimmedLikeSpaces() {
        assertThat(Texts.strip("\u200B\u00A0 Quinn \u00A0\u200B")).isEqualTo("Quinn");
        assertThat(Texts.strip("Mary\u00A0Ann")).isEqualTo("Mary\u00A0Ann");
        assertThat(Texts.isBlank("\u200BQ")).isFalse();
    }

    @Test
    void theLengthLimitCountsTheStrippedText() {
        assertThat(Texts.problem("  " + "x".repeat(10) + "  ", Shape.LINE, 10, "too long")).isEmpty();
        assertThat(Texts.problem("x".repeat(11), Shape.LINE, 10, "too long")).contains("too long");
        assertThat(Texts.problem("x\u0000", Shape.LINE, 10, "too long")).isNotEqualTo(Optional.of("too long"));
    }

    @Test
    void storableTextReplacesWhatCannotBeStoredAndKeepsTheRest() {
        assertThat(Texts.storable("a\u0000b\uD83D\uDE00c\uD83D", Shape.LINE)).isEqualTo("a\uFFFDb\uD83D\uDE00c\uFFFD");
    }

    @Test
    void truncationNeverCutsACharacterInHalf() {
        assertThat(Texts.truncate("ab\uD83D\uDE00", 3)).isEqualTo("ab");
        assertThat(Texts.truncate("abc", 3)).isEqualTo("abc");
    }
}
