package org.backboard.core.episode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.patient.PatientId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An episode of care's lifecycle and its 12-week clock. */
class EpisodeTest {

    private static final LocalDate ONSET = LocalDate.of(2026, 1, 5);
    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Episode anEpisode() {
        EpisodeDetails details = new EpisodeDetails(BodyRegion.LUMBAR, SymptomOnset.onDay(ONSET), START,
                WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of(RiskFactor.SEDENTARY));
        return Episode.open(PatientId.newId(), details, ClinicianId.newId());
    }

    private static Discharge dischargeOn(LocalDate date) {
        return new Discharge(date, "Goals met");
    }

    @Test
    void aNewEpisodeIsActiveWithoutDischarge() {
        Episode episode = anEpisode();

        assertThat(episode.status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(episode.discharge()).isEmpty();
        assertThat(episode.isDischarged()).isFalse();
        assertThat(episode.version()).isZero();
    }

    @ParameterizedTest(name = "discharge on {0} (today {1}) is rejected")
    @CsvSource({
            // one day before the start
            "2026-01-11, 2026-03-02",
            // on the onset, which is before the start
            "2026-01-05, 2026-03-02",
            // one day after today
            "2026-03-03, 2026-03-02",
    })
    void dischargeBeforeTheStartOrInTheFutureIsRejected(LocalDate date, LocalDate today) {
        assertThatThrownBy(() -> anEpisode().discharge(dischargeOn(date), today))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "discharge on {0} (today {1}) is accepted")
    @CsvSource({
            // on the start day
            "2026-01-12, 2026-03-02",
            // today
            "2026-03-02, 2026-03-02",
            // start and today the same day
            "2026-01-12, 2026-01-12",
    })
    void dischargeFromStartToTodayClosesTheEpisode(LocalDate date, LocalDate today) {
        Episode discharged = anEpisode().discharge(dischargeOn(date), today);

        assertThat(discharged.status()).isEqualTo(EpisodeStatus.DISCHARGED);
        assertThat(discharged.isDischarged()).isTrue();
        assertThat(discharged.discharge()).contains(dischargeOn(date));
    }

    @Test
    void anEpisodeOnHoldCanBeDischarged() {
        Episode discharged = anEpisode().putOnHold().discharge(dischargeOn(TODAY), TODAY);

        assertThat(discharged.status()).isEqualTo(EpisodeStatus.DISCHARGED);
    }

    @ParameterizedTest(name = "a discharged episode cannot {0}")
    @CsvSource({"be put on hold", "be resumed", "be discharged again"})
    void aDischargedEpisodeIsClosed(String verb) {
        Episode discharged = anEpisode().discharge(dischargeOn(TODAY), TODAY);
        UnaryOperator<Episode> action = switch (verb) {
            case "be put on hold" -> Episode::putOnHold;
            case "be resumed" -> Episode::resume;
            case "be discharged again" -> e -> e.discharge(dischargeOn(TODAY), TODAY);
            default -> throw new IllegalArgumentException(verb);
        };

        assertThatThrownBy(() -> action.apply(discharged)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void putOnHoldAndResumeToggleTheStatus() {
        Episode active = anEpisode();

        Episode onHold = active.putOnHold();
        Episode resumed = onHold.resume();

        assertThat(onHold.status()).isEqualTo(EpisodeStatus.ON_HOLD);
        assertThat(onHold.discharge()).isEmpty();
        assertThat(resumed.status()).isEqualTo(EpisodeStatus.ACTIVE);
        assertThat(resumed.id()).isEqualTo(active.id());
        assertThat(resumed.version()).isEqualTo(active.version());
    }

    @Test
    void theStatusAndDischargeMustAgree() {
        Episode e = anEpisode();

        assertThatThrownBy(() -> new Episode(e.id(), e.patient(), e.details(), e.therapist(),
                EpisodeStatus.DISCHARGED, java.util.Optional.empty(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Episode(e.id(), e.patient(), e.details(), e.therapist(),
                EpisodeStatus.ACTIVE, java.util.Optional.of(dischargeOn(TODAY)), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "as of {0}: day {1}, {2}")
    @CsvSource({
            // counted from the onset (2026-01-05), not from the start (2026-01-12)
            "2026-01-12, 7,  ACUTE",
            "2026-02-02, 28, SUBACUTE",
            "2026-03-30, 84, CHRONIC",
    })
    void theClockRunsFromSymptomOnsetNotFromTheStart(LocalDate asOf, long days, ChronicityStage stage) {
        Chronicity chronicity = anEpisode().chronicityOn(asOf);

        assertThat(chronicity.days()).isEqualTo(days);
        assertThat(chronicity.stage()).isEqualTo(stage);
    }

    @ParameterizedTest(name = "discharged on day 50, as of day {0}: clock reads day {1}")
    @CsvSource({
            "30,  30",
            "49,  49",
            "50,  50",
            "51,  50",
            "84,  50",
            "400, 50",
    })
    void theClockStopsAtTheDischargeDate(long asOfDay, long days) {
        LocalDate dischargeDate = ONSET.plusDays(50);
        Episode discharged = anEpisode().discharge(dischargeOn(dischargeDate), dischargeDate);

        Chronicity chronicity = discharged.chronicityOn(ONSET.plusDays(asOfDay));

        assertThat(chronicity.days()).isEqualTo(days);
        assertThat(chronicity.stage()).isEqualTo(ChronicityStage.SUBACUTE);
    }

    @Test
    void anEpisodeDischargedBeforeDay84NeverTurnsChronic() {
        LocalDate dischargeDate = ONSET.plusDays(83);
        Episode discharged = anEpisode().discharge(dischargeOn(dischargeDate), dischargeDate);

        assertThat(discharged.chronicityOn(ONSET.plusDays(84)).stage()).isEqualTo(ChronicityStage.SUBACUTE);
        assertThat(discharged.chronicityOn(ONSET.plusDays(365)).daysUntilChronic()).contains(1L);
    }

    @ParameterizedTest(name = "reason \"{0}\" is rejected")
    @CsvSource(nullValues = "NULL", value = {"NULL", "''", "'   '"})
    void aDischargeNeedsAReason(String reason) {
        assertThatThrownBy(() -> new Discharge(TODAY, reason)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDischargeReasonIsTrimmedAndLimitedTo500Characters() {
        assertThat(new Discharge(TODAY, "  Goals met  ").reason()).isEqualTo("Goals met");
        assertThat(new Discharge(TODAY, "r".repeat(500)).reason()).hasSize(500);
        assertThatThrownBy(() -> new Discharge(TODAY, "r".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    }
}
