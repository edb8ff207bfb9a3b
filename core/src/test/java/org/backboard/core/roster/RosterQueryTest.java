package org.backboard.core.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.backboard.core.clinician.ClinicianId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RosterQueryTest {

    private static RosterQuery searching(String search) {
        return new RosterQuery(Optional.of(search), Optional.empty(), false);
    }

    @ParameterizedTest(name = "\"{0}\" searches for \"{1}\"")
    @CsvSource({
            "smith,          smith",
            "'  smith  ',    smith",
            "'\t AB-12 \t',  AB-12",
            "' Ada Lovelace ', Ada Lovelace",
    })
    void searchIsTrimmed(String raw, String search) {
        assertThat(searching(raw).search()).contains(search);
    }

    @Test
    void aSearchNeverCarriesWhatTheDatabaseCannotTake() {
        assertThat(searching("smi\u0000th\uD83D").search()).contains("smi\uFFFDth\uFFFD");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t\n  ", "\u200B\u00A0"})
    void blankSearchMeansNoSearch(String raw) {
        assertThat(searching(raw).search()).isEmpty();
    }

    @Test
    void searchIsCutToOneHundredCharacters() {
        assertThat(searching("x".repeat(100)).search()).contains("x".repeat(100));
        assertThat(searching("y".repeat(101)).search()).contains("y".repeat(100));
    }

    @Test
    void everyoneHasNoFiltersAndHidesArchivedPatients() {
        RosterQuery everyone = RosterQuery.everyone();

        assertThat(everyone.search()).isEmpty();
        assertThat(everyone.therapist()).isEmpty();
        assertThat(everyone.includeArchived()).isFalse();
    }

    @Test
    void forTherapistReplacesOnlyTheTherapist() {
        ClinicianId asked = ClinicianId.newId();
        ClinicianId scoped = ClinicianId.newId();
        RosterQuery query = new RosterQuery(Optional.of("smith"), Optional.of(asked), true,
                Optional.of(StageFilter.CHRONICITY_WATCH), Optional.of(FlagFilter.EMERGENCY));

        assertThat(query.forTherapist(scoped)).isEqualTo(new RosterQuery(Optional.of("smith"), Optional.of(scoped),
                true, Optional.of(StageFilter.CHRONICITY_WATCH), Optional.of(FlagFilter.EMERGENCY)));
    }

    @Test
    void theNameAsTheRosterShowsItSearchesForBothWords() {
        assertThat(new RosterQuery(Optional.of(" Lovelace, Ada "), Optional.empty(), false).search())
                .contains("Lovelace  Ada");
    }
}
