package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class PatientEverythingTest {

    @Test
    void everyRecordOfThePatientPatientFirst() {
        List<Resource> resources = PatientEverything.resources(SampleRecord.careRecord(), SampleRecord.TODAY);

        assertThat(resources.getFirst().fhirType()).isEqualTo("Patient");
        // 2 episodes and conditions, 6 scores from check-ins, 3 responses + ODI score + risk, 2 flags, 2 care plans
        assertThat(resources).extracting(Resource::fhirType).containsExactlyInAnyOrder("Patient",
                "EpisodeOfCare", "Condition", "Observation", "Observation", "Observation",
                "QuestionnaireResponse", "Observation", "QuestionnaireResponse", "RiskAssessment",
                "QuestionnaireResponse", "Flag", "Flag", "CarePlan", "CarePlan",
                "EpisodeOfCare", "Condition", "Observation", "Observation");
        assertThat(resources).extracting(r -> r.fhirType() + "/" + r.getIdElement().getIdPart()).doesNotHaveDuplicates();
    }

    @Test
    void aSearchsetWithAbsoluteFullUrlsUnderTheServerBase() {
        Bundle bundle = new PatientEverything("https://clinic.example/fhir/")
                .bundle(SampleRecord.careRecord(), SampleRecord.TODAY);

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.SEARCHSET);
        assertThat(bundle.getTotal()).isEqualTo(bundle.getEntry().size()).isEqualTo(19);
        assertThat(bundle.getEntryFirstRep().getFullUrl())
                .isEqualTo("https://clinic.example/fhir/Patient/" + SampleRecord.patient().id().value());
    }
}
