package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.outcome.StartBack;
import org.backboard.core.outcome.StartBackAnswers;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.junit.jupiter.api.Test;

class RiskAssessmentResourceTest {

    @Test
    void aHighRiskScreeningIsHighRiskBasedOnItsResponse() {
        // four psychosocial points (items 5, 6, 8 and "very much"): high risk
        OutcomeAdministration taken = SampleRecord.startBack(SampleRecord.chronicEpisode(SampleRecord.patient()));

        RiskAssessment resource = RiskAssessmentResource.of(taken, (StartBackAnswers) taken.measurement());

        var risk = resource.getPredictionFirstRep().getQualitativeRisk().getCodingFirstRep();
        assertThat(risk.getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/risk-probability");
        assertThat(risk.getCode()).isEqualTo("high");
        assertThat(resource.getBasisFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + taken.id().value());
        assertThat(resource.getSubject().getReference()).isEqualTo("Patient/" + taken.patient().value());
        assertThat(resource.getNoteFirstRep().getText()).isEqualTo("Total 5/9, psychosocial subscale 4/5");
        assertThat(resource.getIdElement().getIdPart()).isNotEqualTo(taken.id().value().toString());
    }

    @Test
    void lowMediumHighAreLowModerateHigh() {
        assertThat(RiskAssessmentResource.probability(StartBack.Risk.LOW)).isEqualTo("low");
        assertThat(RiskAssessmentResource.probability(StartBack.Risk.MEDIUM)).isEqualTo("moderate");
        assertThat(RiskAssessmentResource.probability(StartBack.Risk.HIGH)).isEqualTo("high");
    }
}
