package org.backboard.fhir;

import java.util.Date;
import java.util.Locale;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.StartBack;
import org.backboard.core.outcome.StartBackAnswers;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.RiskAssessment;

/**
 * A STarT Back screening's risk group as FHIR RiskAssessment, based on its QuestionnaireResponse
 * (docs/fhir-mapping.md, "RiskAssessment"). Low, medium and high become HL7's risk-probability
 * low, moderate and high.
 */
public final class RiskAssessmentResource {

    static final String START_BACK = "start-back";
    static final String START_BACK_DISPLAY = "STarT Back risk stratification";
    static final String RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability";

    private RiskAssessmentResource() {
    }

    public static RiskAssessment of(OutcomeAdministration taken, StartBackAnswers answers) {
        StartBack.Result result = answers.result();
        RiskAssessment resource = new RiskAssessment();
        resource.setId(BackboardSystems.recordId("start-back-risk", taken.id().value()));
        resource.getMeta().setLastUpdated(Date.from(taken.recordedAt()));
        resource.setStatus(RiskAssessment.RiskAssessmentStatus.FINAL);
        resource.setCode(new CodeableConcept(new Coding(BackboardSystems.ASSESSMENT, START_BACK,
                START_BACK_DISPLAY)).setText("STarT Back Screening Tool"));
        resource.setSubject(References.patient(taken.patient()));
        resource.setOccurrence(FhirDates.day(taken.takenOn()));
        resource.addBasis(References.to("QuestionnaireResponse", taken.id().value()));
        resource.addPrediction()
                .setOutcome(new CodeableConcept().setText("Poor back pain outcome (persistent disabling pain)"))
                .setQualitativeRisk(new CodeableConcept(new Coding(RISK_PROBABILITY, probability(result.risk()), null))
                        .setText(result.risk().name().toLowerCase(Locale.ENGLISH) + " risk"));
        resource.addNote().setText(
                "Total " + result.total() + "/9, psychosocial subscale " + result.psychosocial() + "/5");
        return resource;
    }

    static String probability(StartBack.Risk risk) {
        return switch (risk) {
            case LOW -> "low";
            case MEDIUM -> "moderate";
            case HIGH -> "high";
        };
    }
}
