package org.backboard.core.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.backboard.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The episode form's rules (docs/clinical-rules.md section 1.6), reported by field name. */
class EpisodeDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 2, 2);
    private static final LocalDate ONSET = LocalDate.of(2026, 1, 5);
    private static final LocalDate START = LocalDate.of(2026, 1, 12);
    private static final LocalDate BORN = LocalDate.of(1980, 6, 15);

    private static EpisodeDraft valid() {
        return new EpisodeDraft(BodyRegion.LUMBAR, ONSET, OnsetPrecision.DAY, START,
                WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of(RiskFactor.SEDENTARY));
    }

    /** The valid draft with one field replaced; NULL in the table means the field was left empty. */
    private static EpisodeDraft withField(String field, String value) {
        EpisodeDraft d = valid();
        return switch (field) {
            case "region" -> new EpisodeDraft(value == null ? null : BodyRegion.valueOf(value), d.onsetDate(),
                    d.onsetPrecision(), d.startDate(), d.diagnosis(), d.painType(), d.riskFactors());
            case "onsetDate" -> new EpisodeDraft(d.region(), value == null ? null : LocalDate.parse(value),
                    d.onsetPrecision(), d.startDate(), d.diagnosis(), d.painType(), d.riskFactors());
            case "startDate" -> new EpisodeDraft(d.region(), d.onsetDate(), d.onsetPrecision(),
                    value == null ? null : LocalDate.parse(value), d.diagnosis(), d.painType(), d.riskFactors());
            case "diagnosis" -> new EpisodeDraft(d.region(), d.onsetDate(), d.onsetPrecision(), d.startDate(),
                    value == null ? null : WorkingDiagnosis.valueOf(value), d.painType(), d.riskFactors());
            case "painType" -> new EpisodeDraft(d.region(), d.onsetDate(), d.onsetPrecision(), d.startDate(),
                    d.diagnosis(), value == null ? null : PainType.valueOf(value), d.riskFactors());
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    @ParameterizedTest(name = "born {0}: onset {1} ({2}) accepted = {3}")
    @CsvSource({
            "2024-03-15, 1950-01-01, DAY,   false",
            "2024-03-15, 2024-03-14, DAY,   false",
            "2024-03-15, 2024-03-15, DAY,   true",
            // an approximate month counts from its first day: the month of birth itself will do
            "2024-03-15, 2024-03-01, MONTH, true",
            "2024-03-15, 2024-02-01, MONTH, false",
            "2024-03-15, 0001-01-01, DAY,   false",
    })
    void theOnsetCannotBeBeforeThePatientsBirth(LocalDate born, LocalDate onset, OnsetPrecision precision,
                                                boolean accepted) {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, onset, precision, LocalDate.of(2025, 1, 6),
                WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());

        if (accepted) {
            assertThat(draft.problems(TODAY, born)).isEmpty();
        } else {
            assertThat(draft.problems(TODAY, born)).containsExactly(new FieldProblem("onsetDate",
                    "Symptom onset cannot be before the patient's birth (" + born + ")"));
        }
    }

    @Test
    void theStartCannotBeBeforeThePatientsBirth() {
        LocalDate born = LocalDate.of(2024, 3, 15);
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, LocalDate.of(2024, 3, 15), OnsetPrecision.MONTH,
                LocalDate.of(2024, 3, 10), WorkingDiagnosis.SPRAIN_STRAIN, PainType.MECHANICAL, Set.of());

        assertThat(draft.problems(TODAY, born)).containsExactly(new FieldProblem("startDate",
                "The episode cannot start before the patient's birth (2024-03-15)"));
    }

    @Test
    void aCompleteDraftHasNoProblems() {
        assertThat(valid().problems(TODAY, BORN)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} is reported on {2}")
    @CsvSource(nullValues = "NULL", value = {
            // onset in the future (it is then also after the start: both land on onsetDate)
            "onsetDate, 2026-02-03, onsetDate",
            // onset one day after the episode's start
            "onsetDate, 2026-01-13, onsetDate",
            "onsetDate, NULL,       onsetDate",
            // start in the future
            "startDate, 2026-02-03, startDate",
            "startDate, NULL,       startDate",
            "region,    NULL,       region",
            "diagnosis, NULL,       diagnosis",
            "painType,  NULL,       painType",
    })
    void eachBrokenRuleIsReportedOnItsField(String field, String value, String problemField) {
        assertThat(withField(field, value).problems(TODAY, BORN))
                .isNotEmpty()
                .extracting(FieldProblem::field)
                .containsOnly(problemField);
    }

    @ParameterizedTest(name = "onset {0}, start {1}: accepted")
    @CsvSource({
            // onset on the start day
            "2026-01-12, 2026-01-12",
            // onset and start both today
            "2026-02-02, 2026-02-02",
            // start today, onset long ago
            "2025-06-01, 2026-02-02",
    })
    void boundaryDatesAreAccepted(LocalDate onset, LocalDate start) {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, onset, OnsetPrecision.DAY, start,
                WorkingDiagnosis.OTHER, PainType.MECHANICAL, Set.of());

        assertThat(draft.problems(TODAY, BORN)).isEmpty();
    }

    @Test
    void onsetAfterStartIsReportedOnceWithItsMessage() {
        assertThat(withField("onsetDate", "2026-01-13").problems(TODAY, BORN)).containsExactly(
                new FieldProblem("onsetDate", "Symptom onset cannot be after the episode's start"));
    }

    @Test
    void startInTheFutureIsReportedOnceWithItsMessage() {
        assertThat(withField("startDate", "2026-02-03").problems(TODAY, BORN)).containsExactly(
                new FieldProblem("startDate", "The episode cannot start in the future"));
    }

    @Test
    void anEmptyFormReportsEveryRequiredField() {
        EpisodeDraft empty = new EpisodeDraft(null, null, null, null, null, null, null);

        assertThat(empty.problems(TODAY, BORN)).extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("region", "onsetDate", "startDate", "diagnosis", "painType");
    }

    @ParameterizedTest(name = "about {0}, start {1}: accepted, onset kept as {2}")
    @CsvSource({
            "2026-01-20, 2026-01-12, 2026-01-01",
            "2026-01-31, 2026-01-01, 2026-01-01",
    })
    void monthPreciseOnsetInTheStartsMonthIsAcceptedAndNormalisedToTheFirst(LocalDate onset, LocalDate start,
            LocalDate kept) {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, onset, OnsetPrecision.MONTH, start,
                WorkingDiagnosis.OTHER, PainType.MECHANICAL, null);

        assertThat(draft.problems(TODAY, BORN)).isEmpty();
        assertThat(draft.toDetails().onset()).isEqualTo(new SymptomOnset(kept, OnsetPrecision.MONTH));
        assertThat(draft.toDetails().riskFactors()).isEmpty();
    }

    @Test
    void monthPreciseOnsetInAMonthAfterTheStartIsStillRejected() {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, LocalDate.of(2026, 2, 1), OnsetPrecision.MONTH,
                LocalDate.of(2026, 1, 31), WorkingDiagnosis.OTHER, PainType.MECHANICAL, null);

        assertThat(draft.problems(TODAY, BORN)).extracting(FieldProblem::field).containsExactly("onsetDate");
    }

    @Test
    void missingPrecisionMeansTheDayIsExact() {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, ONSET, null, START,
                WorkingDiagnosis.OTHER, PainType.MECHANICAL, null);

        assertThat(draft.problems(TODAY, BORN)).isEmpty();
        assertThat(draft.toDetails().onset()).isEqualTo(SymptomOnset.onDay(ONSET));
    }

    @Test
    void monthPreciseOnsetInTheCurrentMonthIsNotInTheFuture() {
        EpisodeDraft draft = new EpisodeDraft(BodyRegion.LUMBAR, LocalDate.of(2026, 2, 20), OnsetPrecision.MONTH,
                TODAY, WorkingDiagnosis.OTHER, PainType.MECHANICAL, null);

        assertThat(draft.problems(TODAY, BORN)).isEmpty();
    }
}
