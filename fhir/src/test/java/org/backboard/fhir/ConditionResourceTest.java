package org.backboard.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import org.backboard.core.episode.Episode;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.junit.jupiter.api.Test;

class ConditionResourceTest {

    private final Episode lumbar = SampleRecord.chronicEpisode(SampleRecord.patient());

    @Test
    void lowBackPainBeforeWeekThirteenChronicLowBackPainFromIt() {
        // onset 100 days before TODAY: day 83 was the last non-chronic day
        Condition before = ConditionResource.of(lumbar, SampleRecord.TODAY.minusDays(17));
        Condition from = ConditionResource.of(lumbar, SampleRecord.TODAY.minusDays(16));

        assertThat(code(before)).isEqualTo("http://snomed.info/sct|279039007");
        assertThat(code(from)).isEqualTo("http://snomed.info/sct|278860009");
    }

    @Test
    void theMidBackCarriesBackboardsOwnCode() {
        Condition resource = ConditionResource.of(SampleRecord.dischargedEpisode(SampleRecord.patient()),
                SampleRecord.TODAY);

        assertThat(code(resource)).isEqualTo("urn:backboard:codesystem:condition|chronic-back-pain");
        assertThat(resource.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("inactive");
    }

    @Test
    void onsetAsPreciselyAsRecalled() {
        Condition toTheDay = ConditionResource.of(lumbar, SampleRecord.TODAY);
        Condition toTheMonth = ConditionResource.of(SampleRecord.dischargedEpisode(SampleRecord.patient()),
                SampleRecord.TODAY);

        assertThat(toTheDay.getOnsetDateTimeType().getValueAsString())
                .isEqualTo(SampleRecord.TODAY.minusDays(100).toString());
        assertThat(toTheMonth.getOnsetDateTimeType().getValueAsString()).isEqualTo("2025-03");
    }

    @Test
    void aStableIdTheEpisodeOfCareReferencesAndThePatientAsSubject() {
        Condition resource = ConditionResource.of(lumbar, SampleRecord.TODAY);

        assertThat(resource.getIdElement().getIdPart()).isEqualTo(ConditionResource.idOf(lumbar.id()))
                .isEqualTo(ConditionResource.of(lumbar, SampleRecord.TODAY.minusDays(50)).getIdElement().getIdPart())
                .isNotEqualTo(lumbar.id().value().toString());
        assertThat(resource.getSubject().getReference()).isEqualTo("Patient/" + lumbar.patient().value());
        assertThat(resource.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
    }

    private static String code(Condition condition) {
        Coding coding = condition.getCode().getCodingFirstRep();
        return coding.getSystem() + "|" + coding.getCode();
    }
}
