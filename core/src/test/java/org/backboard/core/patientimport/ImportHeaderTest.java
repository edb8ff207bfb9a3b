package org.backboard.core.patientimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backboard.core.shared.FieldProblem;
import org.backboard.core.shared.Result;
import org.junit.jupiter.api.Test;

class ImportHeaderTest {

    private static final List<String> REQUIRED = List.of("mrn", "given_name", "family_name", "date_of_birth", "sex",
            "therapist");

    @Test
    void columnNamesMatchInAnyLetterCaseWithSpacesOrDashesForUnderscores() {
        assertThat(ImportColumn.named(" Date of Birth ")).contains(ImportColumn.DATE_OF_BIRTH);
        assertThat(ImportColumn.named("GIVEN-NAME")).contains(ImportColumn.GIVEN_NAME);
        assertThat(ImportColumn.named("Pain type")).contains(ImportColumn.PAIN_TYPE);
        assertThat(ImportColumn.named("dob")).isEmpty();
    }

    @Test
    void aFileWithoutARequiredColumnIsRefusedNamingWhatIsMissing() {
        Result<ImportHeader> read = ImportHeader.read(List.of("MRN", "Given name", "Family name", "Sex"));

        assertThat(read).isEqualTo(new Result.Rejected<ImportHeader>(List.of(new FieldProblem("file",
                "The first line must name the columns. Missing: date_of_birth, therapist"))));
    }

    @Test
    void aColumnNamedTwiceIsRefused() {
        Result<ImportHeader> read = ImportHeader.read(List.of("mrn", "given_name", "family_name", "date_of_birth",
                "sex", "therapist", "MRN"));

        assertThat(((Result.Rejected<ImportHeader>) read).problems()).extracting(FieldProblem::message)
                .containsExactly("The column mrn is named twice in the first line");
    }

    @Test
    void unknownColumnsAreIgnoredAndNamedAndCellsGoToTheirColumns() {
        ImportHeader header = ((Result.Saved<ImportHeader>) ImportHeader.read(List.of("therapist", "notes", "mrn",
                "given_name", "family_name", "date_of_birth", "sex"))).value();

        ImportRow row = header.row(2, List.of("tess", "likes mornings", "bb-1", "Alex", "Okafor", "1980-01-01"));

        assertThat(header.ignored()).containsExactly("notes");
        assertThat(header.columns()).startsWith(ImportColumn.MRN).doesNotContain(ImportColumn.ONSET);
        assertThat(row.cell(ImportColumn.THERAPIST)).isEqualTo("tess");
        assertThat(row.cell(ImportColumn.MRN)).isEqualTo("bb-1");
        assertThat(row.cell(ImportColumn.SEX)).as("a short line leaves the rest empty").isEmpty();
        assertThat(row.overflowing()).isFalse();
    }

    @Test
    void aLineWithMoreFilledCellsThanColumnsOverflowsButTrailingEmptyCellsDoNot() {
        ImportHeader header = ((Result.Saved<ImportHeader>) ImportHeader.read(REQUIRED)).value();

        assertThat(header.row(2, List.of("a", "b", "c", "d", "e", "f", "", " ")).overflowing()).isFalse();
        assertThat(header.row(3, List.of("a", "b", "c", "d", "e", "f", "g")).overflowing()).isTrue();
    }
}
