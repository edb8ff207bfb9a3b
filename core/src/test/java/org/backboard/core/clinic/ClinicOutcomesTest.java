package org.backboard.core.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.backboard.core.episode.ChronicityStage;
import org.backboard.core.program.Adherence;
import org.junit.jupiter.api.Test;

/** The clinic figures classified by the core rules: stages, important improvement, mean reduction, adherence. */
class ClinicOutcomesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** Fixed counts, as the database would return them. */
    private static final ClinicFigures FIGURES = new ClinicFigures() {
        @Override
        public List<OnsetCount> openOnsets() {
            return List.of(new OnsetCount(TODAY.minusDays(27), 3), new OnsetCount(TODAY.minusDays(28), 2),
                    new OnsetCount(TODAY.minusDays(84), 1));
        }

        @Override
        public List<PainPair> painAtWeek(int week, LocalDate reachedBy) {
            assertThat(reachedBy).isEqualTo(TODAY.minusDays(7L * week));
            return week == 12
                    ? List.of(new PainPair(10, 3, 2), new PainPair(0, 0, 5), new PainPair(5, 5, 2))
                    // 8 → 6 is exactly 2 points; 3 → 2 is 33 %; 7 → 6 is neither
                    : List.of(new PainPair(8, 6, 1), new PainPair(3, 2, 1), new PainPair(7, 6, 2));
        }

        @Override
        public List<SessionPair> sessionsBetween(LocalDate from, LocalDate to) {
            assertThat(from).isEqualTo(TODAY.minusDays(27));
            // 5 a week for 28 days is 140 session-days: 20 prescribed; 3 session-days (started today at 3 a
            // week) already ask for 3/7 of a session
            return List.of(new SessionPair(140, 16, 4), new SessionPair(140, 15, 1), new SessionPair(140, 9, 2),
                    new SessionPair(3, 0, 1), new SessionPair(0, 0, 1));
        }
    };

    @Test
    void figuresAreClassifiedWithTheClinicalRules() {
        ClinicOutcomes outcomes = ClinicOutcomesService.compute(FIGURES, TODAY);

        assertThat(outcomes.caseloadByStage()).containsEntry(ChronicityStage.ACUTE, 3L)
                .containsEntry(ChronicityStage.SUBACUTE, 2L).containsEntry(ChronicityStage.CHRONIC, 1L);
        assertThat(outcomes.activeCaseload()).isEqualTo(6);
        ClinicOutcomes.Improvement week4 = outcomes.improvement().getFirst();
        assertThat(week4.episodes()).isEqualTo(4);
        assertThat(week4.improved()).isEqualTo(2);
        assertThat(week4.percent()).contains(50);
        ClinicOutcomes.Improvement week12 = outcomes.improvement().getLast();
        assertThat(week12.improved()).isEqualTo(2);
        assertThat(week12.episodes()).isEqualTo(9);
        // (70 % × 2 + 0 % × 2) / 4; the baselines of 0 are left out
        assertThat(outcomes.painReductionAt12Weeks().orElseThrow().percent()).isEqualTo(35.0);
        assertThat(outcomes.painReductionAt12Weeks().orElseThrow().episodes()).isEqualTo(4);
        assertThat(outcomes.adherence()).containsEntry(Adherence.Level.GOOD, 4L)
                .containsEntry(Adherence.Level.PARTIAL, 1L).containsEntry(Adherence.Level.LOW, 2L);
        // the program started today (3/7 of a session due) has nothing due yet, like the one without sessions
        assertThat(outcomes.programsWithoutPrescribedSessions()).isEqualTo(2);
    }
}
