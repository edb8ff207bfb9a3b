package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of resource Backboard produces, and the bundle of them, against the base R4 specification. */
class ValidationTest {

    private static R4Validation validation;

    @BeforeAll
    static void buildTheValidatorOnce() {
        validation = new R4Validation();
    }

    @AfterAll
    static void report() {
        System.out.println("FHIR validation of the sample record: " + validation.summary());
    }

    @Test
    void everyResourceOfTheSampleRecordIsValidR4() {
        for (Resource resource : PatientEverything.resources(SampleRecord.careRecord(), SampleRecord.TODAY)) {
            assertThat(validation.validate(resource)).as(resource.fhirType()).isEmpty();
        }
    }

    @Test
    void theEverythingBundleIsValidR4() {
        Bundle bundle = new PatientEverything("https://clinic.example/fhir")
                .bundle(SampleRecord.careRecord(), SampleRecord.TODAY);

        assertThat(validation.validate(bundle)).isEmpty();
    }

    @Test
    void backboardsCodeSystemsAndQuestionnairesAreValidR4() {
        BackboardCodeSystems.all().forEach(system -> assertThat(validation.validate(system)).isEmpty());
        QuestionnaireDefinitions.all().forEach(questionnaire -> assertThat(validation.validate(questionnaire)).isEmpty());
    }

    /** The questionnaires are checked: an answer of the wrong type to a known link id is an error. */
    @Test
    void aResponseThatDoesNotFitItsQuestionnaireIsAnError() {
        var response = QuestionnaireResponseResource.of(SampleRecord.oswestry(
                SampleRecord.chronicEpisode(SampleRecord.patient())));
        response.getItemFirstRep().getAnswerFirstRep().setValue(new org.hl7.fhir.r4.model.StringType("two"));

        assertThat(validation.errorsIn(response)).isNotEmpty();
    }

    @Test
    void aCodeMissingFromBackboardsOwnSystemIsAnError() {
        var flag = FlagResource.of(SampleRecord.openFlag(SampleRecord.chronicEpisode(SampleRecord.patient())));
        flag.getCode().getCodingFirstRep().setCode("no-such-sign");

        assertThat(validation.errorsIn(flag)).isNotEmpty();
    }

    @Test
    void theValidatorFindsErrors() {
        org.hl7.fhir.r4.model.Patient patient = PatientResource.of(SampleRecord.patient());
        patient.getIdentifierFirstRep().setSystem("not a uri at all");
        patient.addTelecom().setValue("+44 20 7946 0001"); // cpt-2: a value needs a system

        assertThat(validation.errorsIn(patient)).isNotEmpty();
    }
}
