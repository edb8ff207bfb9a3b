package org.backboard.ui.fhirapi;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The resource types the API serves, with the search parameters FHIR R4 defines on each for "this
 * patient's" (EpisodeOfCare has {@code patient} only; the others also {@code subject}).
 */
enum FhirResourceType {
    PATIENT("Patient", Set.of()),
    EPISODE_OF_CARE("EpisodeOfCare", Set.of("patient")),
    CONDITION("Condition", Set.of("patient", "subject")),
    OBSERVATION("Observation", Set.of("patient", "subject")),
    QUESTIONNAIRE_RESPONSE("QuestionnaireResponse", Set.of("patient", "subject")),
    RISK_ASSESSMENT("RiskAssessment", Set.of("patient", "subject")),
    FLAG("Flag", Set.of("patient", "subject")),
    CARE_PLAN("CarePlan", Set.of("patient", "subject"));

    private final String fhirName;
    private final Set<String> patientParameters;

    FhirResourceType(String fhirName, Set<String> patientParameters) {
        this.fhirName = fhirName;
        this.patientParameters = patientParameters;
    }

    String fhirName() {
        return fhirName;
    }

    Set<String> patientParameters() {
        return patientParameters;
    }

    static Optional<FhirResourceType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.fhirName.equals(name)).findFirst();
    }
}
