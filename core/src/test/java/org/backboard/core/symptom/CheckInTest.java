package org.backboard.core.symptom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.episode.EpisodeId;
import org.backboard.core.redflag.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A check-in's optional note: blank means none, at most 2000 characters. */
class CheckInTest {

    private static final Instant TAKEN_AT = Instant.parse("2026-01-05T10:15:00Z");

    private static CheckIn withNote(Optional<String> note) {
        return new CheckIn(UUID.randomUUID(), EpisodeId.newId(), TAKEN_AT, CheckInSource.CLINIC_VISIT,
                Optional.of(new PainScore(6)), Optional.of(new PainScore(4)), Set.of(Symptom.DULL_ACHE), Set.of(RedFlag.WORSENING),
                note, ClinicianId.newId());
    }

    @ParameterizedTest(name = "note \"{0}\" becomes empty")
    @CsvSource({"''", "' '", "'    '", "'\t\n  '"})
    void aBlankNoteBecomesEmpty(String note) {
        assertThat(withNote(Optional.of(note)).note()).isEmpty();
    }

    @Test
    void aCheckInMayScoreNothingButMustRecordSomething() {
        CheckIn redFlagOnly = new CheckIn(UUID.randomUUID(), EpisodeId.newId(), TAKEN_AT, CheckInSource.PHONE,
                Optional.empty(), Optional.empty(), Set.of(), Set.of(RedFlag.FEVER), Optional.empty(), ClinicianId.newId());
        assertThat(redFlagOnly.pain()).isEmpty();
        assertThatThrownBy(() -> new CheckIn(UUID.randomUUID(), EpisodeId.newId(), TAKEN_AT, CheckInSource.PHONE,
                Optional.empty(), Optional.empty(), Set.of(), Set.of(), Optional.of(" "), ClinicianId.newId()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(CheckIn.NOTHING_RECORDED);
    }

    @Test
    void noNoteStaysEmpty() {
        assertThat(withNote(Optional.empty()).note()).isEmpty();
    }

    @Test
    void aNoteIsTrimmed() {
        assertThat(withNote(Optional.of("  Better after walking  ")).note()).contains("Better after walking");
    }

    @ParameterizedTest(name = "a note of {0} characters (plus {1} spaces around) is accepted")
    @CsvSource({
            "1,    0",
            "1999, 0",
            "2000, 0",
            "2000, 3",
    })
    void aNoteOfUpTo2000CharactersIsAccepted(int length, int padding) {
        String note = " ".repeat(padding) + "n".repeat(length) + " ".repeat(padding);

        assertThat(withNote(Optional.of(note)).note()).hasValueSatisfying(text -> assertThat(text).hasSize(length));
    }

    @ParameterizedTest(name = "a note of {0} characters is rejected")
    @CsvSource({"2001", "5000"})
    void aNoteOver2000CharactersIsRejected(int length) {
        assertThatThrownBy(() -> withNote(Optional.of("n".repeat(length))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void symptomsAndRedFlagsAreCopied() {
        CheckIn checkIn = withNote(Optional.empty());

        assertThat(checkIn.symptoms()).containsExactly(Symptom.DULL_ACHE);
        assertThat(checkIn.redFlags()).containsExactly(RedFlag.WORSENING);
    }
}
