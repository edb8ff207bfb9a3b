package org.backboard.ui.fhirapi;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backboard.core.patient.PatientId;
import org.backboard.fhir.BackboardSystems;

/**
 * The resource types the API serves, with the search parameters FHIR R4 defines on each for "this
 * patient's" (EpisodeOfCare has {@code patient} only; the others also {@code subject}).
 */
enum FhirResourceType {
    PATIENT("Patient", Set.of(), false),
    EPISODE_OF_CARE("EpisodeOfCare", Set.of("patient"), false),
    CONDITION("Condition", Set.of("patient", "subject"), true),
    OBSERVATION("Observation", Set.of("patient", "subject"), true),
    QUESTIONNAIRE_RESPONSE("QuestionnaireResponse", Set.of("patient", "subject"), false),
    RISK_ASSESSMENT("RiskAssessment", Set.of("patient", "subject"), true),
    FLAG("Flag", Set.of("patient", "subject"), false),
    CARE_PLAN("CarePlan", Set.of("patient", "subject"), true);

    private final String fhirName;
    private final Set<String> patientParameters;
    private final boolean derived;

    FhirResourceType(String fhirName, Set<String> patientParameters, boolean derived) {
        this.fhirName = fhirName;
        this.patientParameters = patientParameters;
        this.derived = derived;
    }

    /**
     * The record an id of this type names, if it has this type's form: a derived resource's id is
     * its kind and its record's UUID (BackboardSystems.recordId), the others' are the record's UUID.
     */
    Optional<UUID> recordOf(String id) {
        if (derived) {
            return BackboardSystems.sourceOf(id);
        }
        return PatientId.parse(id).map(PatientId::value)
                .filter(uuid -> uuid.toString().equals(id));
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
