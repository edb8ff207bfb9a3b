package org.backboard.core.patient;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.backboard.core.shared.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientDraftTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    private static PatientDraft valid() {
        return new PatientDraft("AB-123", "Ada", "Lovelace", LocalDate.of(1990, 12, 10), Sex.FEMALE,
                "+44 20 7946 0958", "ada@example.org", Optional.empty());
    }

    /** The valid draft with one field replaced; an empty value means null for the non-text fields. */
    private static PatientDraft withField(String field, String value) {
        PatientDraft d = valid();
        return switch (field) {
            case "mrn" -> new PatientDraft(value, d.givenName(), d.familyName(), d.dateOfBirth(), d.sex(), d.phone(), d.email(), d.therapist());
            case "givenName" -> new PatientDraft(d.mrn(), value, d.familyName(), d.dateOfBirth(), d.sex(), d.phone(), d.email(), d.therapist());
            case "familyName" -> new PatientDraft(d.mrn(), d.givenName(), value, d.dateOfBirth(), d.sex(), d.phone(), d.email(), d.therapist());
            case "dateOfBirth" -> new PatientDraft(d.mrn(), d.givenName(), d.familyName(), value == null ? null : LocalDate.parse(value), d.sex(), d.phone(), d.email(), d.therapist());
            case "sex" -> new PatientDraft(d.mrn(), d.givenName(), d.familyName(), d.dateOfBirth(), value == null ? null : Sex.valueOf(value), d.phone(), d.email(), d.therapist());
            case "phone" -> new PatientDraft(d.mrn(), d.givenName(), d.familyName(), d.dateOfBirth(), d.sex(), value, d.email(), d.therapist());
            case "email" -> new PatientDraft(d.mrn(), d.givenName(), d.familyName(), d.dateOfBirth(), d.sex(), d.phone(), value, d.therapist());
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    @ParameterizedTest(name = "{0} = \"{1}\" is refused on its field")
    @CsvSource({
            "givenName,  'Ada\u0000'",
            "familyName, 'Love\u0000lace'",
            "email,      'ada\u0000@example.org'",
            "givenName,  'Ada\u202E'",
            "familyName, 'Lovelace\uD800'",
    })
    void textTheDatabaseCannotKeepOrThatHidesCharactersIsRefusedOnItsField(String field, String value) {
        assertThat(withField(field, value.translateEscapes()).problems(TODAY)).extracting(FieldProblem::field)
                .containsExactly(field);
    }

    @ParameterizedTest(name = "\"{0}\" is no name")
    @CsvSource({"'\u200B'", "'\u00A0\u00A0'", "'\u200B \uFEFF'"})
    void aNameOfInvisibleCharactersIsMissing(String invisible) {
        assertThat(withField("givenName", invisible.translateEscapes()).problems(TODAY))
                .containsExactly(new FieldProblem("givenName", "Given name is required"));
    }

    @Test
    void validDraftHasNoProblems() {
        assertThat(valid().problems(TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(nullValues = "NULL", value = {
            "mrn,         AB_1,                 'MRN must be 3-20 letters, digits or dashes'",
            "mrn,         NULL,                 MRN is required",
            "givenName,   '  ',                 Given name is required",
            "familyName,  NULL,                 Family name is required",
            "dateOfBirth, 2025-06-16,           Date of birth cannot be in the future",
            "dateOfBirth, NULL,                 Date of birth is required",
            "sex,         NULL,                 Sex is required (choose Unknown if not recorded)",
            "phone,       12-34,                'Phone must have at least 6 digits (+, spaces, dashes and brackets allowed)'",
            "email,       ada.example.org,      Enter an email address like name@example.org",
    })
    void eachProblemIsReportedOnItsOwnField(String field, String badValue, String message) {
        assertThat(withField(field, badValue).problems(TODAY)).containsExactly(new FieldProblem(field, message));
    }

    @Test
    void tooLongNamesAreReportedOnTheirFields() {
        PatientDraft draft = new PatientDraft("AB-123", "g".repeat(101), "f".repeat(101), LocalDate.of(1990, 1, 1),
                Sex.UNKNOWN, null, null, Optional.empty());

        assertThat(draft.problems(TODAY)).containsExactly(
                new FieldProblem("givenName", "Given name must be at most 100 characters"),
                new FieldProblem("familyName", "Family name must be at most 100 characters"));
    }

    @Test
    void emptyFormReportsEveryRequiredFieldButNotTheOptionalContactDetails() {
        PatientDraft empty = new PatientDraft("", "", "", null, null, "", "", Optional.empty());

        assertThat(empty.problems(TODAY)).extracting(FieldProblem::field)
                .containsExactly("mrn", "givenName", "familyName", "dateOfBirth", "sex");
    }

    @Test
    void checkedDetailsAreNormalised() {
        PatientDraft draft = new PatientDraft(" ab-123 ", " Ada ", " Lovelace ", LocalDate.of(1990, 12, 10), Sex.FEMALE,
                " ", " ada@example.org ", Optional.empty());

        PatientDetails details = draft.toDetails();

        assertThat(details.mrn().value()).isEqualTo("AB-123");
        assertThat(details.name()).isEqualTo(new PersonName("Ada", "Lovelace"));
        assertThat(details.contact()).isEqualTo(ContactDetails.of(null, "ada@example.org"));
    }
}
