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
    void theValidatorFindsErrors() {
        org.hl7.fhir.r4.model.Patient patient = PatientResource.of(SampleRecord.patient());
        patient.getIdentifierFirstRep().setSystem("not a uri at all");
        patient.addTelecom().setValue("+44 20 7946 0001"); // cpt-2: a value needs a system

        assertThat(new R4Validation().validate(patient)).isNotEmpty();
    }
}
