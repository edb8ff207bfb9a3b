package org.backboard.core.bulkexport;

import java.util.Arrays;
import java.util.Optional;

/** The FHIR resource types a bulk export writes, one NDJSON file each. */
public enum ExportType {
    PATIENT("Patient"),
    EPISODE_OF_CARE("EpisodeOfCare"),
    CONDITION("Condition"),
    OBSERVATION("Observation"),
    QUESTIONNAIRE_RESPONSE("QuestionnaireResponse"),
    RISK_ASSESSMENT("RiskAssessment"),
    FLAG("Flag"),
    CARE_PLAN("CarePlan");

    private final String fhirName;

    ExportType(String fhirName) {
        this.fhirName = fhirName;
    }

    /** The FHIR resource type's name, as in {@code _type} and the manifest. */
    public String fhirName() {
        return fhirName;
    }

    /** By its FHIR name, exactly as FHIR spells it. */
    public static Optional<ExportType> named(String fhirName) {
        return Arrays.stream(values()).filter(type -> type.fhirName.equals(fhirName)).findFirst();
    }
}
