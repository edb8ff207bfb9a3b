package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.OdiAnswers;
import org.backboard.core.outcome.OutcomeAdministration;
import org.backboard.core.symptom.CheckIn;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

class ObservationResourcesTest {

    private final Episode episode = SampleRecord.chronicEpisode(SampleRecord.patient());

    @Test
    void painIsLoinc72514dash3WithItsScoreAsAnInteger() {
        CheckIn checkIn = SampleRecord.checkIn(episode, 7, 5);

        Observation pain = ObservationResources.of(checkIn, episode.patient()).getFirst();

        assertThat(pain.getCode().getCodingFirstRep().getSystem()).isEqualTo("http://loinc.org");
        assertThat(pain.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
        assertThat(pain.getValueIntegerType().getValue()).isEqualTo(7);
        assertThat(pain.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
        assertThat(pain.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
        assertThat(pain.getSubject().getReference()).isEqualTo("Patient/" + episode.patient().value());
        assertThat(pain.getEffectiveDateTimeType().getValue().toInstant()).isEqualTo(checkIn.takenAt());
    }

    @Test
    void stiffnessHasBackboardsOwnCodeAndAnIdOfItsOwn() {
        CheckIn checkIn = SampleRecord.checkIn(episode, 7, 5);

        List<Observation> scores = ObservationResources.of(checkIn, episode.patient());

        Observation stiffness = scores.get(1);
        assertThat(stiffness.getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:backboard:codesystem:observation");
        assertThat(stiffness.getCode().getCodingFirstRep().getCode()).isEqualTo("stiffness");
        assertThat(stiffness.getValueIntegerType().getValue()).isEqualTo(5);
        assertThat(stiffness.getIdElement().getIdPart()).isNotEqualTo(scores.getFirst().getIdElement().getIdPart())
                .isEqualTo(ObservationResources.of(checkIn, episode.patient()).get(1).getIdElement().getIdPart());
    }

    @Test
    void aScoreNotAskedIsNoObservation() {
        assertThat(ObservationResources.of(SampleRecord.checkIn(episode, 4, null), episode.patient())).hasSize(1);
    }

    @Test
    void theOswestryScoreIsAPercentDerivedFromItsQuestionnaireResponse() {
        OutcomeAdministration taken = SampleRecord.oswestry(episode);

        Observation score = ObservationResources.oswestryScore(taken, (OdiAnswers) taken.measurement());

        // nine sections answered 2 of 5: 18 / 45 = 40 %
        assertThat(score.getValueQuantity().getValue().intValue()).isEqualTo(40);
        assertThat(score.getValueQuantity().getCode()).isEqualTo("%");
        assertThat(score.getValueQuantity().getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(score.getInterpretationFirstRep().getText()).isEqualTo("Moderate disability");
        assertThat(score.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/" + taken.id().value());
    }
}
