package org.backboard.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.outcome.PainChange;
import org.backboard.core.outcome.PainChangeCategory;
import org.backboard.core.outcome.ReviewPrompt;
import org.backboard.core.patient.PatientId;
import org.backboard.core.symptom.CheckIn;
import org.backboard.core.symptom.CheckInSource;
import org.backboard.core.symptom.PainScore;
import org.junit.jupiter.api.Test;

/** One episode followed from intake through week 13 (docs/clinical-rules.md sections 1, 3 and 4). */
class EpisodeScenarioTest {

    private static final LocalDate DAY_0 = LocalDate.of(2026, 1, 5);
    private static final ClinicianId THERAPIST = ClinicianId.newId();

    private enum Phase { ACUTE, SUBACUTE, WATCH, CHRONIC }

    private static Phase phaseOf(Chronicity c) {
        if (c.stage() == ChronicityStage.CHRONIC) {
            return Phase.CHRONIC;
        }
        if (c.inWatchWindow()) {
            return Phase.WATCH;
        }
        return c.stage() == ChronicityStage.SUBACUTE ? Phase.SUBACUTE : Phase.ACUTE;
    }

    private static CheckIn checkIn(Episode episode, long day, int pain) {
        Instant takenAt = DAY_0.plusDays(day).atTime(10, 0).toInstant(ZoneOffset.UTC);
        return new CheckIn(UUID.randomUUID(), episode.id(), takenAt, CheckInSource.CLINIC_VISIT,
                Optional.of(new PainScore(pain)), Optional.of(new PainScore(3)), Set.of(), Set.of(), Optional.empty(), THERAPIST);
    }

    /** Baseline = first score of the episode; current = latest score up to the end of {@code asOf}. */
    private static Optional<PainChange> painChangeAsOf(List<CheckIn> checkIns, LocalDate asOf) {
        Instant endOfDay = asOf.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<CheckIn> upTo = checkIns.stream()
                .filter(c -> c.takenAt().isBefore(endOfDay))
                .sorted(Comparator.comparing(CheckIn::takenAt))
                .toList();
        if (upTo.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(PainChange.between(upTo.get(0).pain().orElseThrow(), upTo.get(upTo.size() - 1).pain().orElseThrow()));
    }

    @Test
    void anEpisodeWalksFromIntakeThroughWeek13() {
        EpisodeDraft intake = new EpisodeDraft(BodyRegion.LUMBAR, DAY_0, OnsetPrecision.DAY, DAY_0,
                WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of(RiskFactor.SEDENTARY));
        assertThat(intake.problems(DAY_0, DAY_0.minusYears(40))).isEmpty();
        Episode episode = Episode.open(PatientId.newId(), intake.toDetails(), THERAPIST);

        // Week by week: day (week - 1) * 7 is the first day of each week.
        for (int week = 1; week <= 13; week++) {
            long day = (week - 1) * 7L;
            Chronicity chronicity = episode.chronicityOn(DAY_0.plusDays(day));

            assertThat(chronicity.days()).isEqualTo(day);
            assertThat(chronicity.week()).as("week on day %d", day).isEqualTo(week);
            Phase expected = week <= 4 ? Phase.ACUTE : week <= 10 ? Phase.SUBACUTE : week <= 12 ? Phase.WATCH
                    : Phase.CHRONIC;
            assertThat(phaseOf(chronicity)).as("phase in week %d", week).isEqualTo(expected);
        }

        // Day by day: the first day of each phase.
        Map<Phase, Long> firstDay = new LinkedHashMap<>();
        for (long day = 0; day <= 13 * 7; day++) {
            firstDay.putIfAbsent(phaseOf(episode.chronicityOn(DAY_0.plusDays(day))), day);
        }
        assertThat(firstDay).containsExactly(
                Map.entry(Phase.ACUTE, 0L),
                Map.entry(Phase.SUBACUTE, 28L),
                Map.entry(Phase.WATCH, 70L),
                Map.entry(Phase.CHRONIC, 84L));

        // Pain 8, 8, 7, 7, 7: never a clinically important improvement on a baseline of 8.
        long[] checkInDays = {0, 14, 28, 56, 84};
        int[] pains = {8, 8, 7, 7, 7};
        List<CheckIn> checkIns = new ArrayList<>();
        for (int i = 0; i < pains.length; i++) {
            checkIns.add(checkIn(episode, checkInDays[i], pains[i]));
        }

        Map<Long, Optional<ReviewPrompt>> promptOnDay = new LinkedHashMap<>();
        for (long day = 0; day <= 13 * 7; day++) {
            LocalDate asOf = DAY_0.plusDays(day);
            Optional<PainChange> change = painChangeAsOf(checkIns, asOf);
            change.ifPresent(c -> assertThat(c.category()).isEqualTo(PainChangeCategory.NO_IMPORTANT_CHANGE));
            promptOnDay.put(day, ReviewPrompt.notImproving(episode.chronicityOn(asOf), change));
        }

        assertThat(promptOnDay.get(0L)).isEmpty();
        assertThat(promptOnDay.get(27L)).isEmpty();
        assertThat(promptOnDay.get(28L)).contains(ReviewPrompt.NOT_IMPROVING);
        assertThat(promptOnDay.get(70L)).contains(ReviewPrompt.NOT_IMPROVING);
        assertThat(promptOnDay.get(83L)).contains(ReviewPrompt.NOT_IMPROVING);
        assertThat(promptOnDay.get(84L)).contains(ReviewPrompt.NOT_IMPROVING_CHRONIC);
        assertThat(promptOnDay.get(91L)).contains(ReviewPrompt.NOT_IMPROVING_CHRONIC);
        assertThat(promptOnDay.entrySet().stream()
                .filter(e -> e.getValue().isPresent())
                .map(Map.Entry::getKey)
                .min(Long::compare))
                .as("first day with a review prompt")
                .contains(28L);
        assertThat(promptOnDay.entrySet().stream()
                .filter(e -> e.getValue().equals(Optional.of(ReviewPrompt.NOT_IMPROVING_CHRONIC)))
                .map(Map.Entry::getKey)
                .min(Long::compare))
                .as("first day with the chronic review prompt")
                .contains(84L);

        // Discharged in week 13: the clock, and so the prompt, stops there.
        Episode discharged = episode.discharge(new Discharge(DAY_0.plusDays(85), "Referred to physician"),
                DAY_0.plusDays(85));
        assertThat(discharged.chronicityOn(DAY_0.plusDays(200)).week()).isEqualTo(13);
    }
}
