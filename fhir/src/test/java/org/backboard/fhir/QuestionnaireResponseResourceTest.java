package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.episode.Episode;
import org.backboard.core.outcome.OutcomeAdministration;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.junit.jupiter.api.Test;

class QuestionnaireResponseResourceTest {

    private final Episode episode = SampleRecord.chronicEpisode(SampleRecord.patient());

    @Test
    void oswestryAnswersAreSectionScoresOnlyAnUnansweredSectionHasNoItem() {
        OutcomeAdministration taken = SampleRecord.oswestry(episode);

        QuestionnaireResponse resource = QuestionnaireResponseResource.of(taken);

        assertThat(resource.getIdElement().getIdPart()).isEqualTo(taken.id().value().toString());
        assertThat(resource.getQuestionnaire()).isEqualTo("urn:backboard:questionnaire:oswestry");
        assertThat(resource.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(resource.getItem()).hasSize(9).extracting(QuestionnaireResponseItemComponent::getLinkId)
                .startsWith("pain-intensity", "personal-care").doesNotContain("sex-life");
        assertThat(resource.getItemFirstRep().getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(2);
        assertThat(resource.getAuthoredElement().getValueAsString()).isEqualTo(taken.takenOn().toString());
    }

    @Test
    void startBackItemsAreAgreeOrDisagreeAndItemNineACode() {
        QuestionnaireResponse resource = QuestionnaireResponseResource.of(SampleRecord.startBack(episode));

        assertThat(resource.getQuestionnaire()).isEqualTo("urn:backboard:questionnaire:start-back");
        assertThat(resource.getItem()).hasSize(9);
        assertThat(resource.getItem().get(0).getLinkId()).isEqualTo("leg-pain");
        assertThat(resource.getItem().get(0).getAnswerFirstRep().getValueBooleanType().getValue()).isTrue();
        assertThat(resource.getItem().get(1).getAnswerFirstRep().getValueBooleanType().getValue()).isFalse();
        var bothersomeness = resource.getItem().get(8).getAnswerFirstRep().getValueCoding();
        assertThat(bothersomeness.getSystem()).isEqualTo("urn:backboard:codesystem:start-back-bothersomeness");
        assertThat(bothersomeness.getCode()).isEqualTo("very-much");
    }

    @Test
    void psfsIsOneGroupPerActivityWithItsNameAndScore() {
        QuestionnaireResponse resource = QuestionnaireResponseResource.of(SampleRecord.psfs(episode));

        assertThat(resource.getQuestionnaire()).isEqualTo("urn:backboard:questionnaire:psfs");
        assertThat(resource.getItem()).hasSize(3);
        QuestionnaireResponseItemComponent first = resource.getItemFirstRep();
        assertThat(first.getItem().get(0).getAnswerFirstRep().getValueStringType().getValue())
                .isEqualTo("Lifting my daughter");
        assertThat(first.getItem().get(1).getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(3);
    }
}
