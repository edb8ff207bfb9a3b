package org.backboard.core.patientimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.clinician.ClinicianId;
import org.backboard.core.clinician.Username;
import org.backboard.core.episode.BodyRegion;
import org.backboard.core.episode.EpisodeDraft;
import org.backboard.core.episode.OnsetPrecision;
import org.backboard.core.episode.PainType;
import org.backboard.core.episode.WorkingDiagnosis;
import org.backboard.core.patient.Mrn;
import org.backboard.core.patient.Sex;
import org.backboard.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImportRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final ClinicianId TESS = new ClinicianId(UUID.randomUUID());
    private final ImportRules rules = new ImportRules(TODAY, Map.of(new Username("tess"), TESS));

    @Test
    void aGoodRowMakesThePatientDraftWithItsTherapist() {
        CheckedRow row = checkOne(row(2));

        assertThat(row.ready()).isTrue();
        assertThat(row.patient().mrn()).isEqualTo("BB-1001");
        assertThat(row.patient().dateOfBirth()).isEqualTo(LocalDate.of(1984, 3, 9));
        assertThat(row.patient().sex()).isEqualTo(Sex.FEMALE);
        assertThat(row.patient().therapist()).contains(TESS);
        assertThat(row.episode()).isEmpty();
    }

    /** Each bad cell gets its problem on its own column, in the words of the form's rule where one exists. */
    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            MRN           | x              | MRN must be 3-20 letters, digits or dashes
            MRN           | ''             | MRN is required
            GIVEN_NAME    | ''             | Given name is required
            FAMILY_NAME   | Ok<BEL>afor    | Remove the hidden or control character (it may have come with pasted text)
            DATE_OF_BIRTH | 09/03/1984     | Write the date as yyyy-mm-dd, for example 1984-03-09
            DATE_OF_BIRTH | 1984-02-30     | There is no such day as 1984-02-30
            DATE_OF_BIRTH | 2027-01-01     | Date of birth cannot be in the future
            DATE_OF_BIRTH | 1890-01-01     | Date of birth gives an age over 120 years
            DATE_OF_BIRTH | ''             | Date of birth is required
            SEX           | f              | Use one of: female, male, other, unknown
            SEX           | ''             | Sex is required (choose Unknown if not recorded)
            PHONE         | call me        | Phone must have at least 6 digits (+, spaces, dashes and brackets allowed)
            EMAIL         | alex@          | Enter an email address like name@example.org
            THERAPIST     | lena.lead      | No active therapist has this user name
            THERAPIST     | Tess Therapist | No active therapist has this user name
            THERAPIST     | ''             | Give the user name of the therapist who will treat this patient
            """)
    void aBadCellIsNamedOnItsColumn(ImportColumn column, String cell, String message) {
        CheckedRow row = checkOne(with(row(2), column, cell.replace("<BEL>", "\u0007")));

        assertThat(row.ready()).isFalse();
        assertThat(row.problems()).contains(new FieldProblem(column.header(), message));
        assertThat(row.problemOn(column)).contains(message);
    }

    @Test
    void aChoiceIsReadInAnyCaseWithSpacesOrSlashesForUnderscores() {
        CheckedRow row = checkOne(episode(with(row(2), ImportColumn.SEX, " Unknown "), "2026-10-20",
                "Sacral / coccyx", "neuropathic"));

        assertThat(row.ready()).isTrue();
        assertThat(row.patient().sex()).isEqualTo(Sex.UNKNOWN);
        assertThat(row.episode().orElseThrow().region()).isEqualTo(BodyRegion.SACRAL_COCCYX);
    }

    @Test
    void anEpisodeFromOnsetRegionAndPainTypeStartsTodayWithOtherAsItsDiagnosis() {
        CheckedRow row = checkOne(episode(row(2), "2026-10", "lumbar", "mechanical"));

        EpisodeDraft episode = row.episode().orElseThrow();
        assertThat(row.ready()).isTrue();
        assertThat(episode.onset().date()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(episode.onsetPrecision()).as("a month alone is an approximate onset").isEqualTo(OnsetPrecision.MONTH);
        assertThat(episode.startDate()).isEqualTo(TODAY);
        assertThat(episode.diagnosis()).isEqualTo(WorkingDiagnosis.OTHER);
        assertThat(episode.painType()).isEqualTo(PainType.MECHANICAL);
    }

    @Test
    void theEpisodesRulesNameTheirProblemsOnTheFilesColumns() {
        assertThat(checkOne(episode(row(2), "2026-10-20", "lumbar", "")).problems())
                .containsExactly(new FieldProblem("pain_type", "Choose the pain type"));
        assertThat(checkOne(episode(row(2), "2026-12-24", "lumbar", "mechanical")).problems())
                .containsExactly(new FieldProblem("onset", "Symptom onset cannot be in the future"));
        assertThat(checkOne(episode(row(2), "1984-03-01", "lumbar", "mechanical")).problems())
                .containsExactly(new FieldProblem("onset", "Symptom onset cannot be before the patient's birth (1984-03-09)"));
        assertThat(checkOne(with(episode(row(2), "2026-10-20", "lumbar", "mechanical"), ImportColumn.EPISODE_START,
                "2026-10-01")).problems())
                .containsExactly(new FieldProblem("onset", "Symptom onset cannot be after the episode's start"));
        assertThat(checkOne(with(row(2), ImportColumn.REGION, "hip")).problems()).containsExactly(
                new FieldProblem("region", "Use one of: cervical, thoracic, lumbar, sacral_coccyx"),
                new FieldProblem("onset", "Symptom onset is required (an approximate month will do)"),
                new FieldProblem("pain_type", "Choose the pain type"));
        assertThat(checkOne(episode(row(2), "2026-13", "lumbar", "mechanical")).problems())
                .containsExactly(new FieldProblem("onset", "There is no such month as 2026-13"));
    }

    @Test
    void anEpisodeIsNotJudgedAgainstABirthDateTheRowGetsWrong() {
        CheckedRow row = checkOne(episode(with(row(2), ImportColumn.DATE_OF_BIRTH, "2030-01-01"), "2026-10-20",
                "lumbar", "mechanical"));

        assertThat(row.problems()).containsExactly(
                new FieldProblem("date_of_birth", "Date of birth cannot be in the future"));
    }

    @Test
    void anMrnTwiceInTheFileRefusesEveryRowThatHasItInAnyLetterCase() {
        List<CheckedRow> rows = rules.check(List.of(row(2), with(row(3), ImportColumn.MRN, "bb-1001 "),
                with(row(4), ImportColumn.MRN, "BB-1002")), Set.of(), ImportProgress.none());

        assertThat(rows.get(0).problems()).containsExactly(
                new FieldProblem("mrn", "The file has this MRN more than once: also on line 3"));
        assertThat(rows.get(1).problems()).containsExactly(
                new FieldProblem("mrn", "The file has this MRN more than once: also on line 2"));
        assertThat(rows.get(2).ready()).isTrue();
    }

    @Test
    void anMrnTheClinicAlreadyHasIsRefusedInTheLeadsWords() {
        List<CheckedRow> rows = rules.check(List.of(row(2)), Set.of(Mrn.of("BB-1001")), ImportProgress.none());

        assertThat(rows.getFirst().problems()).containsExactly(
                new FieldProblem("mrn", "Another patient already has this MRN"));
    }

    @Test
    void aLineWithAnUnquotedSeparatorIsRefusedAsAWhole() {
        CheckedRow row = checkOne(new ImportRow(2, row(2).cells(), true));

        assertThat(row.problems()).extracting(FieldProblem::field).containsExactly("row");
    }

    @Test
    void onlyWellFormedMrnsAreAskedAboutOnceEachInUpperCase() {
        assertThat(ImportRules.mrnsOf(List.of(row(2), with(row(3), ImportColumn.MRN, "bb-1001"),
                with(row(4), ImportColumn.MRN, "no!")))).containsExactly(Mrn.of("BB-1001"));
    }

    @Test
    void progressIsReportedAsRowsAreChecked() {
        List<ImportRow> rows = java.util.stream.IntStream.range(0, 1_200)
                .mapToObj(i -> with(row(i + 2), ImportColumn.MRN, "BB-" + (5000 + i))).toList();
        List<Integer> reached = new java.util.ArrayList<>();

        rules.check(rows, Set.of(), (stage, done, total) -> reached.add(done));

        assertThat(reached).containsExactly(500, 1000, 1200);
    }

    private CheckedRow checkOne(ImportRow row) {
        return rules.check(List.of(row), Set.of(), ImportProgress.none()).getFirst();
    }

    static ImportRow row(long line) {
        Map<ImportColumn, String> cells = new EnumMap<>(ImportColumn.class);
        cells.put(ImportColumn.MRN, "BB-1001");
        cells.put(ImportColumn.GIVEN_NAME, "Alex");
        cells.put(ImportColumn.FAMILY_NAME, "Okafor");
        cells.put(ImportColumn.DATE_OF_BIRTH, "1984-03-09");
        cells.put(ImportColumn.SEX, "female");
        cells.put(ImportColumn.PHONE, "+44 20 7946 0000");
        cells.put(ImportColumn.EMAIL, "");
        cells.put(ImportColumn.THERAPIST, "tess");
        return new ImportRow(line, cells, false);
    }

    static ImportRow with(ImportRow row, ImportColumn column, String cell) {
        Map<ImportColumn, String> cells = new EnumMap<>(row.cells());
        cells.put(column, cell);
        return new ImportRow(row.line(), cells, row.overflowing());
    }

    static ImportRow episode(ImportRow row, String onset, String region, String painType) {
        return with(with(with(row, ImportColumn.ONSET, onset), ImportColumn.REGION, region), ImportColumn.PAIN_TYPE,
                painType);
    }
}
